package dev.devopskit.github.workflow;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The events that trigger workflows, as GitHub documents them: their names, their activity {@code types} and the
 * keys each accepts under {@code on.<event>}.
 */
public final class Events {
  private static final List<String> CREATED_EDITED_DELETED = List.of("created", "edited", "deleted");
  private static final List<String> PULL_REQUEST_TYPES = List.of("assigned", "unassigned", "labeled", "unlabeled",
      "opened", "edited", "closed", "reopened", "synchronize", "converted_to_draft", "ready_for_review", "locked",
      "unlocked", "review_requested", "review_request_removed", "auto_merge_enabled", "auto_merge_disabled",
      "enqueued", "dequeued", "milestoned", "demilestoned");
  private static final Map<String, List<String>> TYPES = new LinkedHashMap<>();
  private static final Map<String, Set<String>> KEYS = new LinkedHashMap<>();

  static {
    Set<String> types = Set.of("types");
    Set<String> none = Set.of();
    Set<String> push = Set.of("branches", "branches-ignore", "tags", "tags-ignore", "paths", "paths-ignore");
    Set<String> pullRequest = Set.of("types", "branches", "branches-ignore", "tags", "tags-ignore", "paths",
        "paths-ignore");
    event("branch_protection_rule", types, CREATED_EDITED_DELETED);
    event("check_run", types, List.of("created", "rerequested", "completed", "requested_action"));
    event("check_suite", types, List.of("completed", "requested", "rerequested"));
    event("create", none, null);
    event("delete", none, null);
    event("deployment", none, null);
    event("deployment_status", none, null);
    event("discussion", types, List.of("created", "edited", "deleted", "transferred", "pinned", "unpinned", "labeled",
        "unlabeled", "locked", "unlocked", "category_changed", "answered", "unanswered"));
    event("discussion_comment", types, CREATED_EDITED_DELETED);
    event("fork", none, null);
    event("gollum", none, null);
    event("image_version", Set.of("types", "names", "versions"), null);
    event("issue_comment", types, CREATED_EDITED_DELETED);
    event("issues", types, List.of("opened", "edited", "deleted", "transferred", "pinned", "unpinned", "closed",
        "reopened", "assigned", "unassigned", "labeled", "unlabeled", "locked", "unlocked", "milestoned",
        "demilestoned", "typed", "untyped"));
    event("label", types, CREATED_EDITED_DELETED);
    event("merge_group", Set.of("types", "branches", "branches-ignore"), List.of("checks_requested"));
    event("milestone", types, List.of("created", "closed", "opened", "edited", "deleted"));
    event("page_build", none, null);
    event("project", types, List.of("created", "updated", "closed", "reopened", "edited", "deleted"));
    event("project_card", types, List.of("created", "moved", "converted", "edited", "deleted"));
    event("project_column", types, List.of("created", "updated", "moved", "deleted"));
    event("public", none, null);
    event("pull_request", pullRequest, PULL_REQUEST_TYPES);
    event("pull_request_review", types, List.of("submitted", "edited", "dismissed"));
    event("pull_request_review_comment", types, CREATED_EDITED_DELETED);
    event("pull_request_target", pullRequest, PULL_REQUEST_TYPES);
    event("push", push, null);
    event("registry_package", types, List.of("published", "updated"));
    event("release", types, List.of("published", "unpublished", "created", "edited", "deleted", "prereleased",
        "released"));
    event("repository_dispatch", types, null);
    event("schedule", none, null);
    event("status", none, null);
    event("watch", types, List.of("started"));
    event("workflow_call", Set.of("inputs", "outputs", "secrets"), null);
    event("workflow_dispatch", Set.of("inputs"), null);
    event("workflow_run", Set.of("workflows", "types", "branches", "branches-ignore"),
        List.of("requested", "completed", "in_progress"));
  }

  private Events() {}

  private static void event(String name, Set<String> keys, List<String> types) {
    KEYS.put(name, keys);
    if (types != null) {
      TYPES.put(name, types);
    }
  }

  /** Every event name, in GitHub's documented (alphabetical) order. */
  public static List<String> names() {
    return List.copyOf(KEYS.keySet());
  }

  /** Whether GitHub knows this event. */
  public static boolean isKnown(String event) {
    return KEYS.containsKey(event);
  }

  /** The activity types of an event; empty when the event has none or accepts any (repository_dispatch). */
  public static Optional<List<String>> activityTypes(String event) {
    return Optional.ofNullable(TYPES.get(event));
  }

  /** The keys an event accepts under {@code on.<event>}; for unknown events, empty. */
  public static Set<String> keys(String event) {
    return KEYS.getOrDefault(event, Set.of());
  }
}
