package io.briefs.pipeline;

/**
 * The fonts and renderers of a long-running process ({@code briefs serve}), made and warmed up
 * once and shared by every build it runs: a rebuild of one brief then costs its rendering alone,
 * and the fonts are registered with AWT once, not once per build.
 */
public final class WarmEngines {
  private final RenderEngines.Startup startup = RenderEngines.start(true);

  RenderEngines.Startup startup() {
    return startup;
  }
}
