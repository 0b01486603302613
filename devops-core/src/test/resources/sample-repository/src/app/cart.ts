export function banner(client: Client): string {
  const sale = client.getBooleanValue('spring-sale-banner', false);
  const express = client.getBooleanValue('express-shipping', false);
  return sale ? 'sale' : express ? 'express' : '';
}
