/*
 * core_env.h
 *		How the indnews core talks to its host: memory and interrupts.
 *
 * The core never includes a PostgreSQL header.  Inside the server the glue
 * (pg_module.c) points these hooks at palloc/repalloc/pfree and at a function
 * that runs CHECK_FOR_INTERRUPTS(); in unit tests, fuzzers and benchmarks
 * they stay on malloc and a no-op.  An allocation hook never returns NULL:
 * the server's raises an error, the default aborts.
 */
#ifndef INDNEWS_CORE_ENV_H
#define INDNEWS_CORE_ENV_H

#include <stddef.h>

typedef struct IndCoreEnv
{
	void	   *(*alloc) (size_t size);
	void	   *(*realloc) (void *ptr, size_t size);
	void		(*free) (void *ptr);
	/* called every IND_INTERRUPT_STRIDE bytes of work; may not return */
	void		(*check_interrupts) (void);
} IndCoreEnv;

extern IndCoreEnv ind_env;

/* Bytes of input a scanner may process between two interrupt checks. */
#define IND_INTERRUPT_STRIDE (64 * 1024)

static inline void *
ind_alloc(size_t size)
{
	return ind_env.alloc(size ? size : 1);
}

static inline void *
ind_realloc(void *ptr, size_t size)
{
	return ind_env.realloc(ptr, size ? size : 1);
}

static inline void
ind_free(void *ptr)
{
	if (ptr)
		ind_env.free(ptr);
}

static inline void
ind_check_interrupts(void)
{
	if (ind_env.check_interrupts)
		ind_env.check_interrupts();
}

#endif							/* INDNEWS_CORE_ENV_H */
