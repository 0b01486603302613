package com.example.orders;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** A small orders service: GET /health checks the database, GET /orders counts orders. */
public final class OrdersService {
  /** Opens database connections. */
  @FunctionalInterface
  public interface Connections {
    Connection open() throws SQLException;
  }

  private final Connections connections;

  public OrdersService(Connections connections) {
    this.connections = connections;
  }

  /** Starts the server on a port (0 picks a free one). */
  public HttpServer start(int port) throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress(port), 0);
    server.createContext("/health", this::health);
    server.createContext("/orders", this::orders);
    server.start();
    return server;
  }

  private void health(HttpExchange exchange) throws IOException {
    try (Connection connection = connections.open()) {
      connection.createStatement().execute("SELECT 1");
      send(exchange, 200, "{\"status\":\"ok\"}");
    } catch (SQLException e) {
      send(exchange, 503, "{\"status\":\"unavailable\"}");
    }
  }

  private void orders(HttpExchange exchange) throws IOException {
    try (Connection connection = connections.open();
        var result = connection.createStatement().executeQuery("SELECT count(*) FROM orders")) {
      result.next();
      send(exchange, 200, "{\"orders\":" + result.getLong(1) + "}");
    } catch (SQLException e) {
      send(exchange, 503, "{\"error\":\"database unavailable\"}");
    }
  }

  private static void send(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("content-type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  public static void main(String[] args) throws IOException {
    String url = System.getenv().getOrDefault("DATABASE_URL", "jdbc:postgresql://localhost:5432/app");
    String user = System.getenv().getOrDefault("DATABASE_USER", "app");
    String password = System.getenv().getOrDefault("DATABASE_PASSWORD", "");
    int port = Integer.parseInt(System.getenv().getOrDefault("PORT", "8080"));
    new OrdersService(() -> DriverManager.getConnection(url, user, password)).start(port);
  }
}
