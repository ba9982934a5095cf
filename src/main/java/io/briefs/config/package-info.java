/**
 * The site configuration, {@code briefs.yaml}: what a project says about its site and its mail
 * (name, logo, language, base URL, paper, accent colour, sender, unsubscribe address), read by
 * {@code load} as strictly as the datasets and overridden by command-line options.
 *
 * <p>May use: {@code render}, {@code site}.
 * Used by: {@code cli}, {@code load}, {@code mail}, {@code pipeline}.
 */
package io.briefs.config;
