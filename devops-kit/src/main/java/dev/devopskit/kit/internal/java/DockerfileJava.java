package dev.devopskit.kit.internal.java;

import dev.devopskit.docker.Dockerfiles;
import dev.devopskit.docker.dockerfile.Dockerfile;
import dev.devopskit.docker.dockerfile.Instruction;
import java.util.Optional;

/** Dockerfiles as Java: instructions through their factories ({@code Instruction.run}, {@code copy}, {@code cmd}). */
public final class DockerfileJava extends JavaKind {

  /** The kind. */
  public DockerfileJava() {
    super(Dockerfile.class, "dockerfile", Dockerfiles.class, "text");
  }

  /** {@code Instruction.<keyword>(arguments)}, when the factory of that keyword gives exactly this instruction. */
  @Override
  public Optional<String> idiom(Object value, JavaEmitter emitter) {
    if (!(value instanceof Instruction instruction) || !instruction.flags().isEmpty()
        || !instruction.comments().isEmpty() || !instruction.heredocs().isEmpty()) {
      return Optional.empty();
    }
    String factory = JavaEmitter.lowerCamel(instruction.keyword().name().toLowerCase(java.util.Locale.ROOT)
        .replace("stopsignal", "stop_signal"));
    String[] arguments = instruction.arguments().toArray(String[]::new);
    return emitter.factory(value, Instruction.class, factory, (Object) arguments)
        .or(() -> arguments.length == 1 ? emitter.factory(value, Instruction.class, factory, arguments[0])
            : Optional.empty());
  }
}
