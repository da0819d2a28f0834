/*
 * core_env.c
 *		Default host hooks for the core: plain malloc, no interrupts.
 */
#include <stdio.h>
#include <stdlib.h>

#include "core_env.h"

static void *
default_alloc(size_t size)
{
	void	   *p = malloc(size);

	if (p == NULL)
	{
		fprintf(stderr, "indnews core: out of memory (%zu bytes)\n", size);
		abort();
	}
	return p;
}

static void *
default_realloc(void *ptr, size_t size)
{
	void	   *p = realloc(ptr, size);

	if (p == NULL)
	{
		fprintf(stderr, "indnews core: out of memory (%zu bytes)\n", size);
		abort();
	}
	return p;
}

IndCoreEnv	ind_env = {default_alloc, default_realloc, free, NULL};
