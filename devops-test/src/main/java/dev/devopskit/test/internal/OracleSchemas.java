package dev.devopskit.test.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaException;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.SpecVersionDetector;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The official JSON schemas of the formats, from a folder outside the kit: devops-kit does not ship them (each is
 * published and licensed by its own project: SchemaStore, the Compose specification), so a project names the folder
 * where it keeps them with {@code -Ddevops.schemas=DIR}.
 */
public final class OracleSchemas {
  /** The system property naming the folder of schemas. */
  public static final String FOLDER = "devops.schemas";
  private static final Map<String, String> FILES = Map.of("github-workflow", "github-workflow.json", "compose",
      "compose-spec.json", "prometheus-rules", "prometheus.rules.json");

  private OracleSchemas() {}

  /** The schema file of a format, by name: {@code github-workflow.json}. */
  public static String schemaFile(String format) {
    return Optional.ofNullable(FILES.get(format)).orElseThrow(() -> new AssertionError("no official JSON schema is"
        + " known for " + format + " files; schemas are known for " + String.join(", ", FILES.keySet())));
  }

  /** The schema errors of a YAML text, each with its place ({@code $.jobs.build: ...}); empty when valid. */
  public static List<String> validate(String format, String yaml) {
    String name = schemaFile(format);
    String folder = System.getProperty(FOLDER, "");
    if (folder.isBlank()) {
      throw new AssertionError("no schema folder: run the test with -D" + FOLDER + "=DIR, DIR holding " + name);
    }
    Path file = Path.of(folder).resolve(name);
    if (!Files.isRegularFile(file)) {
      throw new AssertionError("no " + name + " in " + folder + " (-D" + FOLDER + "): download it from its project");
    }
    try {
      JsonNode schemaTree = new ObjectMapper().readTree(file.toFile());
      // The schema's own draft, and its file as the base of a relative $id (the Compose schema's "compose_spec.json").
      SpecVersion.VersionFlag draft = SpecVersionDetector.detectOptionalVersion(schemaTree, false)
          .orElse(SpecVersion.VersionFlag.V7);
      JsonSchema schema = JsonSchemaFactory.getInstance(draft).getSchema(file.toUri(), schemaTree);
      JsonNode document = new YAMLMapper().readTree(yaml);
      return schema.validate(document).stream().map(ValidationMessage::getMessage).sorted()
          .collect(Collectors.toList());
    } catch (IOException | JsonSchemaException e) {
      throw new AssertionError("the schema " + file + " or the written file cannot be read: " + e.getMessage(), e);
    }
  }
}
