package dev.devopskit.planted.internal;

/** An implementation type of the planted module, which no exported signature may show. */
public final class Hidden {}
