/**
 * The statement classifier: what a COM_QUERY or COM_STMT_PREPARE text means for routing, in MaxScale's
 * terms (the {@code QUERY_TYPE_*} bits of {@link io.sluice.protocol.mysql.classify.QueryType}, an
 * {@link io.sluice.protocol.mysql.classify.Operation}, the tables, temporary tables, prepared
 * statement names) plus what a router needs beyond them (multi-statements, statements that belong
 * to the previous one's server, functions that must run on the primary), with a per-worker cache
 * keyed by the statement's canonical form.
 *
 * <p>{@link io.sluice.protocol.mysql.classify.SqlLexer} is a single-pass tokenizer over the UTF-8
 * bytes (comments, quoting, escapes under {@code NO_BACKSLASH_ESCAPES} and {@code ANSI_QUOTES},
 * executable comments, optimizer hints); {@link io.sluice.protocol.mysql.classify.Canonicalizer}
 * turns its tokens into the canonical form and its hash without allocating;
 * {@link io.sluice.protocol.mysql.classify.QueryClassifier} decides the class from leading keywords,
 * a few clauses and function names (no grammar: anything it cannot place is a write to the primary,
 * never an exception), helped by {@code SetStatement} (SET in all its forms), {@code Expressions}
 * (functions, variables, FROM/JOIN lists, INTO, locking clauses), {@code TableNames} and
 * {@code BuiltinFunctions}, and building a {@code ClassBuilder};
 * {@link io.sluice.protocol.mysql.classify.ClassifierCache} holds immutable
 * {@link io.sluice.protocol.mysql.classify.Classification}s and
 * {@link io.sluice.protocol.mysql.classify.StatementClassifier} is the entry point a router calls.
 *
 * <p>This package depends on the JDK only: nothing of the core ({@code io.sluice.core.*}) and
 * nothing else of this module.
 */
package io.sluice.protocol.mysql.classify;
