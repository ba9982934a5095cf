/**
 * Reading datasets: YAML files into the immutable model, with every problem collected with its
 * file, line and column and a suggestion for a misspelt key; also the wording rules of {@code
 * style.yaml} and the site configuration, {@code briefs.yaml}. No rule across figures or files is checked here (see {@code validate}).
 *
 * <p>May use: {@code config}, {@code diag}, {@code model}, {@code narrative}, {@code render}, {@code site}.
 * Used by: {@code cli}, {@code pipeline}.
 */
package io.briefs.load;
