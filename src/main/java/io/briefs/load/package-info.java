/**
 * Reading datasets: YAML files into the immutable model, with every problem collected with its
 * file, line and column and a suggestion for a misspelt key; also the wording rules of {@code
 * style.yaml}. No rule across figures or files is checked here (see {@code validate}).
 *
 * <p>May use: {@code diag}, {@code model}, {@code narrative}.
 * Used by: {@code pipeline}.
 */
package io.briefs.load;
