/**
 * The command line: picocli commands ({@code build}, {@code merge}, {@code serve}, {@code mail},
 * {@code validate}) over the pipeline, and {@code import sec} over the SEC import. {@link
 * io.briefs.cli.Main#run} takes its arguments, streams and environment and returns the exit code;
 * diagnostics are printed as text, GitHub annotations or JSON.
 *
 * <p>May use: {@code build}, {@code chart}, {@code config}, {@code diag}, {@code load}, {@code mail}, {@code model}, {@code pipeline}, {@code render}, {@code sec}, {@code serve}, {@code site}.
 * Used by: nothing (the entry point).
 */
package io.briefs.cli;
