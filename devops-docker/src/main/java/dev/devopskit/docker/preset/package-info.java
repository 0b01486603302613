/** Presets: multi-stage Dockerfiles for Java and Node, and compose files for local development. */
package dev.devopskit.docker.preset;
