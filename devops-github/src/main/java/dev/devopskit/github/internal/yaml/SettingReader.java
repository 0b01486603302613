package dev.devopskit.github.internal.yaml;

import dev.devopskit.core.source.DocPath;
import dev.devopskit.core.yaml.YamlMapping;
import dev.devopskit.core.yaml.YamlNode;
import dev.devopskit.core.yaml.YamlScalar;
import dev.devopskit.github.workflow.Access;
import dev.devopskit.github.workflow.Concurrency;
import dev.devopskit.github.workflow.Defaults;
import dev.devopskit.github.workflow.Permissions;
import java.util.List;
import java.util.Optional;

/** Reads the settings a workflow and a job both have: permissions, cache-mode, defaults and concurrency. */
final class SettingReader extends FieldReader {
  private static final List<String> CACHE_MODES = List.of("read", "write", "write-only", "none");

  SettingReader(FieldReader shared) {
    super(shared);
  }

  Optional<String> cacheMode(YamlMapping mapping, DocPath path) {
    Optional<String> mode = string(mapping, "cache-mode", path);
    if (mode.isPresent() && !CACHE_MODES.contains(mode.get())
        && !mode.get().contains("${{")) {
      read.error(mapping.get("cache-mode").get(), path.key("cache-mode"), "cache-mode '" + mode.get()
          + "' is not one of read, write, write-only, none", null);
      return Optional.empty();
    }
    return mode;
  }

  /** The permissions at a node; empty when the node is null (the key is absent) or wrong (reported). */
  Optional<Permissions> permissions(YamlNode node, DocPath path) {
    if (node == null) {
      return Optional.empty();
    }
    if (node instanceof YamlScalar && !node.isNull()) {
      String text = ((YamlScalar) node).value();
      if (text.equals("read-all")) {
        return Optional.of(Permissions.readAll());
      }
      if (text.equals("write-all")) {
        return Optional.of(Permissions.writeAll());
      }
      read.error(node, path, "'" + path + "' must be read-all, write-all or a mapping of scopes, not "
          + describe(node), "use read-all, write-all, {} or 'contents: read' lines");
      return Optional.empty();
    }
    if (!(node instanceof YamlMapping)) {
      read.error(node, path, "'" + path + "' must be read-all, write-all or a mapping of scopes, not "
          + (node.isNull() ? "empty" : "a " + node.kindName()), "use {} for no access");
      return Optional.empty();
    }
    YamlMapping mapping = (YamlMapping) node;
    Permissions.Builder permissions = Permissions.builder();
    read.unknownKeys(mapping, path, Permissions.SCOPES);
    for (YamlMapping.Entry entry : mapping.entries()) {
      if (!Permissions.SCOPES.contains(entry.name())) {
        continue;
      }
      DocPath here = path.key(entry.name());
      Optional<String> level = read.string(entry.value(), here);
      Optional<Access> access = level.isPresent() ? Access.parse(level.get()) : Optional.empty();
      boolean models = entry.name().equals("models");
      if (access.isEmpty() || models && access.get() == Access.WRITE) {
        read.error(entry.value(), here, "permission '" + entry.name() + "' must be "
            + (models ? "read or none" : "read, write or none") + ", not " + describe(entry.value()), null);
        continue;
      }
      permissions.putScope(entry.name(), access.get());
    }
    try {
      return Optional.of(permissions.build());
    } catch (IllegalArgumentException | IllegalStateException e) {
      return invalid(node, path, e);
    }
  }

  /** The defaults at a node; empty when the node is null (the key is absent) or wrong (reported). */
  Optional<Defaults> defaults(YamlNode node, DocPath path) {
    Optional<YamlMapping> mapping = node == null ? Optional.empty() : read.mapping(node, path);
    if (mapping.isEmpty()) {
      return Optional.empty();
    }
    Defaults.Builder defaults = Defaults.builder();
    defaults.putAllOuterExtensions(unknown(mapping.get(), path, List.of("run")));
    YamlMapping run = mappingAt(mapping.get(), "run", path);
    if (run != null) {
      DocPath here = path.key("run");
      defaults.shell(string(run, "shell", here));
      defaults.workingDirectory(string(run, "working-directory", here));
      defaults.putAllExtensions(unknown(run, here, List.of("shell", "working-directory")));
    }
    return build(node, path, defaults::build);
  }

  /** The concurrency at a node; empty when the node is null (the key is absent) or wrong (reported). */
  Optional<Concurrency> concurrency(YamlNode node, DocPath path) {
    if (node == null) {
      return Optional.empty();
    }
    if (node instanceof YamlScalar && !node.isNull()) {
      try {
        return Optional.of(Concurrency.group(((YamlScalar) node).value()));
      } catch (IllegalArgumentException | IllegalStateException e) {
        return invalid(node, path, e);
      }
    }
    Optional<YamlMapping> mapping = read.mapping(node, path);
    if (mapping.isEmpty()) {
      if (node.isNull()) {
        read.error(node, path, "'" + path + "' is empty; give a group name", null);
      }
      return Optional.empty();
    }
    YamlMapping m = mapping.get();
    Optional<String> group = string(m, "group", path);
    if (group.isEmpty()) {
      read.error(m, path, "'" + path + "' has no group", "add 'group: ${{ github.workflow }}-${{ github.ref }}'");
      return Optional.empty();
    }
    Concurrency.Builder concurrency = Concurrency.builder().group(group.get());
    concurrency.cancelInProgress(boolOrExpression(m, "cancel-in-progress", path));
    Optional<String> queue = string(m, "queue", path);
    if (queue.isPresent()) {
      if (!queue.get().equals("single") && !queue.get().equals("max")) {
        read.error(m.get("queue").get(), path.key("queue"), "concurrency queue must be single or max, not '"
            + queue.get() + "'", null);
      }
      concurrency.queue(queue.get());
    }
    concurrency.putAllExtensions(unknown(m, path, List.of("group", "cancel-in-progress", "queue")));
    return build(node, path, concurrency::build);
  }
}
