package dev.devopskit.database.internal;

import dev.devopskit.core.check.Finding;
import dev.devopskit.core.check.Location;
import dev.devopskit.core.format.Sources;
import dev.devopskit.core.format.Parsed;
import dev.devopskit.core.source.DocPath;
import dev.devopskit.core.source.SourceFile;
import dev.devopskit.core.source.Span;
import dev.devopskit.database.migration.Changeset;
import dev.devopskit.database.migration.MigrationFile;
import dev.devopskit.database.migration.MigrationKind;
import dev.devopskit.database.migration.MigrationSet;
import dev.devopskit.database.migration.MigrationTool;
import dev.devopskit.database.rules.MigrationRules;
import dev.devopskit.database.sql.SqlScript;
import dev.devopskit.database.sql.SqlSplitter;
import dev.devopskit.database.sql.SqlStatement;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Reads migration files and folders: names to tool, kind and version; text to statements and changesets. */
public final class MigrationReader {
  /** Flyway versioned, undo and baseline names: {@code V1_2__add_users.sql}. */
  static final Pattern FLYWAY = Pattern.compile("([VUB])(\\d+(?:[._]\\d+)*)__(.*)\\.sql");
  /** Flyway repeatable names: {@code R__views.sql}. */
  static final Pattern FLYWAY_REPEATABLE = Pattern.compile("R__(.*)\\.sql");
  /** Prisma: {@code migrations/20240101000000_init/migration.sql} and {@code down.sql} beside it. */
  static final Pattern PRISMA = Pattern.compile("(?:^|.*/)migrations/([^/]+)/(migration|down)\\.sql");
  /** Paired files: {@code 0001_init.up.sql}, {@code 0001_init_down.sql}. */
  static final Pattern PAIRED = Pattern.compile("(?i)(.+?)[._-](up|down)\\.sql");
  private static final Pattern LEADING_DIGITS = Pattern.compile("(\\d+)(?:[._-].*)?");
  private static final Pattern LIQUIBASE_HEADER = Pattern.compile("(?i)\\s*--\\s*liquibase\\s+formatted\\s+sql\\b.*");
  private static final Pattern CHANGESET = Pattern.compile("(?i)\\s*--\\s*changeset\\s+(.*)");
  private static final Pattern ROLLBACK = Pattern.compile("(?i)\\s*--\\s*rollback\\b ?(.*)");
  private static final Pattern PRECONDITION = Pattern.compile("(?i)\\s*--\\s*(preconditions?\\b.*)");
  private static final Pattern ROLLBACK_BLOCK = Pattern.compile("(?i)\\s*/\\*\\s*liquibase\\s+rollback\\b(.*)");
  private static final Pattern ATTRIBUTE = Pattern.compile("([A-Za-z]+):(\"[^\"]*\"|\\S+)");
  /** The checksum file read beside the migrations. */
  public static final String CHECKSUM_FILE = "migrations.sum";
  private static final List<String> SKIPPED = List.of("node_modules/", "target/", "build/", ".git/");

  private MigrationReader() {}

  /** Whether the path is a migration by name: Flyway, Prisma, or paired up/down files. */
  public static boolean claims(String relativePath) {
    String name = relativePath.substring(relativePath.lastIndexOf('/') + 1);
    return FLYWAY.matcher(name).matches() || FLYWAY_REPEATABLE.matcher(name).matches()
        || PRISMA.matcher(relativePath).matches()
        || (PAIRED.matcher(name).matches() && relativePath.toLowerCase(Locale.ROOT).contains("migration"));
  }

  /** Whether the first lines say Liquibase formatted SQL. */
  public static boolean isLiquibase(String head) {
    String text = head.startsWith("\uFEFF") ? head.substring(1) : head;
    String first = text.strip().lines().findFirst().orElse("");
    return LIQUIBASE_HEADER.matcher(first).matches();
  }

  /** Reads one file; the folder is read too when the path names a file on disk. */
  public static Parsed<MigrationFile> read(SourceFile source) {
    List<Finding> findings = new ArrayList<>();
    MigrationFile file = readAlone(source, findings);
    Optional<MigrationSet> folder = siblings(source.path(), file);
    if (folder.isPresent()) {
      file = file.withFolder(folder);
    }
    return Parsed.of(file, source, dev.devopskit.core.source.SourceMap.none(), findings);
  }

  /** Reads one file without looking at its folder. */
  public static MigrationFile readAlone(SourceFile source, List<Finding> findings) {
    return readAlone(source, findings, true);
  }

  /** Reads one file; without {@code split} only its name and text (for the folder of another file). */
  private static MigrationFile readAlone(SourceFile source, List<Finding> findings, boolean split) {
    String path = source.path().replace('\\', '/');
    String name = path.substring(path.lastIndexOf('/') + 1);
    MigrationFile.Builder builder = MigrationFile.builder().path(path).text(source.text());
    if (isLiquibase(source.text())) {
      builder.tool(MigrationTool.LIQUIBASE).kind(MigrationKind.CHANGELOG).description(stripSql(name));
      if (split) {
        liquibase(source, builder, findings);
      }
      return builder.build();
    }
    Matcher flyway = FLYWAY.matcher(name);
    Matcher repeatable = FLYWAY_REPEATABLE.matcher(name);
    Matcher prisma = PRISMA.matcher(path);
    Matcher paired = PAIRED.matcher(name);
    if (flyway.matches()) {
      MigrationKind kind = flyway.group(1).equals("V") ? MigrationKind.VERSIONED
          : flyway.group(1).equals("U") ? MigrationKind.DOWN : MigrationKind.BASELINE;
      builder.tool(MigrationTool.FLYWAY).kind(kind).version(flyway.group(2))
          .description(flyway.group(3).replace('_', ' '));
    } else if (repeatable.matches()) {
      builder.tool(MigrationTool.FLYWAY).kind(MigrationKind.REPEATABLE)
          .description(repeatable.group(1).replace('_', ' '));
    } else if (prisma.matches()) {
      String directory = prisma.group(1);
      builder.tool(MigrationTool.PRISMA)
          .kind(prisma.group(2).equals("down") ? MigrationKind.DOWN : MigrationKind.VERSIONED)
          .version(leadingDigits(directory)).description(directory.replaceFirst("^\\d+_?", "").replace('_', ' '));
    } else if (paired.matches()) {
      builder.tool(MigrationTool.UP_DOWN)
          .kind(paired.group(2).equalsIgnoreCase("down") ? MigrationKind.DOWN : MigrationKind.VERSIONED)
          .version(leadingDigits(name)).description(paired.group(1).replaceFirst("^\\d+_?", "").replace('_', ' '));
    } else {
      builder.tool(MigrationTool.PLAIN).kind(MigrationKind.SCRIPT).description(stripSql(name));
    }
    if (!split) {
      return builder.build();
    }
    SqlScript script = SqlSplitter.standard().split(source, 0, source.text().length());
    builder.statements(script.statements());
    problems(source, script, findings);
    return builder.build();
  }

  private static String stripSql(String name) {
    return name.toLowerCase(Locale.ROOT).endsWith(".sql") ? name.substring(0, name.length() - 4) : name;
  }

  private static Optional<String> leadingDigits(String name) {
    Matcher matcher = LEADING_DIGITS.matcher(name);
    return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
  }

  private static void problems(SourceFile source, SqlScript script, List<Finding> findings) {
    for (SqlScript.Problem problem : script.problems()) {
      findings.add(finding(source, problem.offset(), problem.message()));
    }
  }

  private static Finding finding(SourceFile source, int offset, String message) {
    Span span = source.span(offset, offset);
    return Finding.of(MigrationRules.SYNTAX.id(), MigrationRules.SYNTAX.defaultSeverity(), message,
        Location.of(source.path(), span, DocPath.root().index(span.line() - 1)));
  }

  /** One {@code --changeset} while its lines are read. */
  private static final class Open {
    String author = "";
    String id = "";
    int line;
    int bodyStart;
    int bodyEnd;
    Map<String, String> attributes = new LinkedHashMap<>();
    StringBuilder rollback;
    Integer rollbackLine;
    List<String> preconditions = new ArrayList<>();
  }

  private static void liquibase(SourceFile source, MigrationFile.Builder builder, List<Finding> findings) {
    List<Open> changesets = new ArrayList<>();
    Open open = null;
    boolean inRollbackBlock = false;
    for (int line = 1; line <= source.lineCount(); line++) {
      String text = source.line(line);
      if (inRollbackBlock) {
        int close = text.indexOf("*/");
        open.rollback.append(close >= 0 ? text.substring(0, close) : text).append('\n');
        inRollbackBlock = close < 0;
        continue;
      }
      Matcher changeset = CHANGESET.matcher(text);
      Matcher rollback = ROLLBACK.matcher(text);
      Matcher block = ROLLBACK_BLOCK.matcher(text);
      Matcher precondition = PRECONDITION.matcher(text);
      if (changeset.matches()) {
        if (open != null) {
          open.bodyEnd = source.lineStart(line);
        }
        open = changeset(source, line, changeset.group(1).strip(), findings);
        changesets.add(open);
      } else if (open != null && rollback.matches()) {
        startRollback(open, line).append(rollback.group(1)).append('\n');
      } else if (open != null && precondition.matches()) {
        open.preconditions.add(precondition.group(1).strip());
      } else if (open != null && block.matches()) {
        String rest = block.group(1);
        int close = rest.indexOf("*/");
        startRollback(open, line).append(close >= 0 ? rest.substring(0, close) : rest).append('\n');
        inRollbackBlock = close < 0;
      }
    }
    if (open != null && open.bodyEnd == 0) {
      open.bodyEnd = source.text().length();
    }
    for (Open each : changesets) {
      SqlSplitter splitter = splitter(each.attributes);
      SqlScript script = splitter.split(source, each.bodyStart, Math.max(each.bodyStart, each.bodyEnd));
      problems(source, script, findings);
      builder.addStatements(script.statements().toArray(new SqlStatement[0]));
      Changeset.Builder changeset = Changeset.builder().author(each.author).id(each.id).line(each.line)
          .attributes(each.attributes).statements(script.statements()).preconditions(each.preconditions);
      if (each.rollback != null) {
        changeset.rollback(each.rollback.toString().strip()).rollbackLine(each.rollbackLine);
      }
      builder.addChangesets(changeset.build());
    }
  }

  private static StringBuilder startRollback(Open open, int line) {
    if (open.rollback == null) {
      open.rollback = new StringBuilder();
      open.rollbackLine = line;
    }
    return open.rollback;
  }

  private static Open changeset(SourceFile source, int line, String header, List<Finding> findings) {
    Open open = new Open();
    open.line = line;
    open.bodyStart = line < source.lineCount() ? source.lineStart(line + 1) : source.text().length();
    String[] parts = header.split("\\s+", 2);
    String key = parts[0];
    int colon = key.lastIndexOf(':');
    if (colon <= 0 || colon == key.length() - 1) {
      findings.add(finding(source, source.lineStart(line), "changeset '" + key
          + "' needs an author and an id: write '--changeset author:id'"));
      open.author = colon > 0 ? key.substring(0, colon) : key;
      open.id = colon > 0 ? "" : key;
    } else {
      open.author = key.substring(0, colon).replace("\"", "");
      open.id = key.substring(colon + 1);
    }
    if (parts.length > 1) {
      Matcher attribute = ATTRIBUTE.matcher(parts[1]);
      while (attribute.find()) {
        open.attributes.put(attribute.group(1), attribute.group(2).replace("\"", ""));
      }
    }
    return open;
  }

  private static SqlSplitter splitter(Map<String, String> attributes) {
    if ("false".equalsIgnoreCase(attributes.getOrDefault("splitStatements", "true"))) {
      return SqlSplitter.withDelimiter("");
    }
    String end = attributes.get("endDelimiter");
    return end == null || end.isBlank() ? SqlSplitter.standard() : SqlSplitter.withDelimiter(end);
  }

  /**
   * The folder of a file that exists on disk: the other migrations of the same tool, and the checksum file.
   * Liquibase changelogs and plain scripts have no folder.
   */
  public static Optional<MigrationSet> siblings(String displayPath, MigrationFile file) {
    if (file.tool() == MigrationTool.LIQUIBASE || file.tool() == MigrationTool.PLAIN) {
      return Optional.empty();
    }
    Path onDisk;
    try {
      onDisk = Path.of(displayPath);
    } catch (RuntimeException e) {
      return Optional.empty();
    }
    if (!Files.isRegularFile(onDisk) || onDisk.getParent() == null) {
      return Optional.empty();
    }
    String displayDir = displayPath.contains("/") ? displayPath.substring(0, displayPath.lastIndexOf('/')) : "";
    Path dir = onDisk.getParent();
    if (file.tool() == MigrationTool.PRISMA) {
      if (dir.getParent() == null) {
        return Optional.empty();
      }
      dir = dir.getParent();
      displayDir = displayDir.contains("/") ? displayDir.substring(0, displayDir.lastIndexOf('/')) : "";
    }
    return Optional.of(readFolder(dir, displayDir, file.tool() == MigrationTool.PRISMA ? 2 : 1, file.tool()));
  }

  /** Reads every migration under a folder (recursively), display paths starting with {@code displayFolder}. */
  public static MigrationSet readFolder(Path folder, String displayFolder, List<Finding> findings) {
    MigrationSet.Builder set = MigrationSet.builder().folder(displayFolder);
    for (Path file : sqlFiles(folder, Integer.MAX_VALUE)) {
      String display = display(displayFolder, folder.relativize(file));
      Parsed<SourceFile> loaded = Sources.load(file, display, Sources.DEFAULT_MAX_BYTES);
      findings.addAll(loaded.findings());
      if (loaded.value().isPresent()) {
        set.addFiles(readAlone(loaded.value().get(), findings));
      }
    }
    set.appliedChecksums(checksums(folder));
    return set.build();
  }

  private static MigrationSet readFolder(Path folder, String displayFolder, int depth, MigrationTool tool) {
    List<Path> files = sqlFiles(folder, depth);
    FolderKey key = new FolderKey(folder.toAbsolutePath().normalize().toString(), displayFolder, depth, tool);
    List<Object> stamp = stamp(folder, files);
    if (stamp.isEmpty()) {
      return readFolder(folder, displayFolder, tool, files);
    }
    synchronized (FOLDERS) {
      FolderEntry known = FOLDERS.get(key);
      if (known != null && known.stamp.equals(stamp)) {
        return known.set;
      }
    }
    MigrationSet set = readFolder(folder, displayFolder, tool, files);
    long chars = set.files().stream().mapToLong(f -> f.text().length()).sum();
    if (chars <= FOLDER_CACHE_CHARS / 4) {
      synchronized (FOLDERS) {
        FolderEntry old = FOLDERS.put(key, new FolderEntry(stamp, set, chars));
        folderChars += chars - (old == null ? 0 : old.chars);
        var eldest = FOLDERS.entrySet().iterator();
        while (folderChars > FOLDER_CACHE_CHARS && eldest.hasNext()) {
          FolderEntry evicted = eldest.next().getValue();
          folderChars -= evicted.chars;
          eldest.remove();
        }
      }
    }
    return set;
  }

  /**
   * The folders of migrations read lately (a folder's files are read once for all the files in it instead of once
   * for each), at most {@link #FOLDER_CACHE_CHARS} characters of migrations in all, the least recently used left
   * out first. An entry is used only while every file of the folder and the checksum file keep the size and the
   * modification time they had when it was read.
   */
  private static final Map<FolderKey, FolderEntry> FOLDERS = new LinkedHashMap<>(16, 0.75f, true);
  private static final long FOLDER_CACHE_CHARS = 16L * 1024 * 1024;
  private static long folderChars;

  private record FolderKey(String folder, String displayFolder, int depth, MigrationTool tool) {}

  private record FolderEntry(List<Object> stamp, MigrationSet set, long chars) {}

  /** Paths, sizes and modification times of a folder's files and checksum file; empty when one cannot be read. */
  private static List<Object> stamp(Path folder, List<Path> files) {
    List<Object> stamp = new ArrayList<>(files.size() * 3 + 3);
    try {
      for (Path file : files) {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        stamp.add(file.toString());
        stamp.add(attributes.size());
        stamp.add(attributes.lastModifiedTime());
      }
      Path sums = folder.resolve(CHECKSUM_FILE);
      stamp.add(CHECKSUM_FILE);
      if (Files.exists(sums)) {
        BasicFileAttributes attributes = Files.readAttributes(sums, BasicFileAttributes.class);
        stamp.add(attributes.size());
        stamp.add(attributes.lastModifiedTime());
      }
    } catch (IOException | RuntimeException e) {
      return List.of();
    }
    return stamp;
  }

  private static MigrationSet readFolder(Path folder, String displayFolder, MigrationTool tool, List<Path> files) {
    List<Finding> ignored = new ArrayList<>();
    MigrationSet.Builder set = MigrationSet.builder().folder(displayFolder);
    for (Path file : files) {
      String display = display(displayFolder, folder.relativize(file));
      Parsed<SourceFile> loaded = Sources.load(file, display, Sources.DEFAULT_MAX_BYTES);
      if (loaded.value().isPresent()) {
        MigrationFile read = readAlone(loaded.value().get(), ignored, false);
        if (read.tool() == tool) {
          set.addFiles(read);
        }
      }
    }
    set.appliedChecksums(checksums(folder));
    return set.build();
  }

  private static String display(String displayFolder, Path relative) {
    String rel = relative.toString().replace('\\', '/');
    return displayFolder.isEmpty() ? rel : displayFolder + "/" + rel;
  }

  private static List<Path> sqlFiles(Path folder, int depth) {
    try (Stream<Path> walk = Files.walk(folder, depth)) {
      return walk.filter(p -> p.getFileName() != null
              && p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".sql"))
          .filter(p -> {
            String relative = folder.relativize(p).toString();
            return SKIPPED.stream().noneMatch(relative::contains);
          })
          .filter(Files::isRegularFile)
          .sorted().collect(Collectors.toList());
    } catch (IOException | RuntimeException e) {
      return List.of();
    }
  }

  /**
   * Reads {@code migrations.sum}: one line per applied file, {@code <file name> sha256:<hex>}; {@code #} starts a
   * comment. Lines that do not fit are skipped.
   */
  public static Map<String, String> checksums(Path folder) {
    Path file = folder.resolve(CHECKSUM_FILE);
    Map<String, String> out = new TreeMap<>();
    if (!Files.isRegularFile(file)) {
      return out;
    }
    try {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        String content = line.replaceAll("#.*", "").strip();
        String[] parts = content.split("\\s+");
        if (parts.length == 2 && parts[1].startsWith("sha256:")) {
          out.put(parts[0], parts[1].substring("sha256:".length()).toLowerCase(Locale.ROOT));
        }
      }
    } catch (IOException | RuntimeException e) {
      return out;
    }
    return out;
  }
}
