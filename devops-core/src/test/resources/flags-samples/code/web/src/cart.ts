import { useBooleanFlagValue } from '@openfeature/react-sdk';

export function Cart() {
  const express = useBooleanFlagValue('express-shipping', false);
  const limit = client.getNumberValue("max-items", 10);
  return express ? limit : 0;
}
