package com.example.orders;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class OrdersServiceTest {

  @Test
  void health_is_unavailable_without_a_database() throws Exception {
    var server = new OrdersService(() -> { throw new SQLException("down"); }).start(0);
    try {
      var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
          URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/health")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(503, response.statusCode());
    } finally {
      server.stop(0);
    }
  }
}
