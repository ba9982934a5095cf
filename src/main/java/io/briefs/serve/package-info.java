/**
 * {@code briefs serve}: an HTTP server on 127.0.0.1 that serves only the output folder, watches the
 * data and templates, rebuilds and reloads open pages, and shows a failed build's problems on every
 * page.
 *
 * <p>May use: {@code build}, {@code diag}, {@code model}, {@code pipeline}, {@code site}.
 * Used by: {@code cli}.
 */
package io.briefs.serve;
