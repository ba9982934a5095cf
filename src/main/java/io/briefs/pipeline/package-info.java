/**
 * The build, stage by stage: {@link io.briefs.pipeline.Pipeline} is the only class that knows the
 * order of the stages (fingerprint, load, plan, check words, render, publish, listings); the other
 * classes here are those stages and what they share.
 *
 * <p>May use: {@code build}, {@code chart}, {@code config}, {@code diag}, {@code ledger}, {@code listing}, {@code load}, {@code metrics}, {@code model}, {@code narrative}, {@code render}, {@code site}, {@code validate}.
 * Used by: {@code cli}, {@code mail}, {@code serve}.
 */
package io.briefs.pipeline;
