package io.briefs.build;

/** How much of the published site a build may reuse. */
public enum Reuse {
  /**
   * Carry every brief whose inputs did not change, and do not even read a company none of whose
   * files changed: the normal build.
   */
  INCREMENTAL,
  /**
   * Render every brief in scope: for commands that write more files for each brief (a mail
   * message) than the published site holds, so nothing can be carried.
   */
  NONE
}
