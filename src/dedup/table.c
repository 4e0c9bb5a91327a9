/* table.c - see table.h.  Linear probing over a power-of-two array of
 * slots; an empty slot is marked by value FD_EMPTY, so every key is allowed
 * and only that one value is reserved.  Deletion is not needed by dedup
 * and not offered. */
#include "dedup/table.h"

#include <string.h>

#define FD_EMPTY G_MAXUINT32

typedef struct
{
  guint64 key;
  guint32 value;
} Slot;

struct FdTable
{
  Slot *slots;
  gsize mask; /* capacity - 1 */
  gsize size;
};

/* A multiplicative mix (the 64-bit finaliser of MurmurHash3): packed pairs
 * of small integers must not cluster. */
static inline gsize
mix (guint64 k)
{
  k ^= k >> 33;
  k *= G_GUINT64_CONSTANT (0xff51afd7ed558ccd);
  k ^= k >> 33;
  return (gsize)k;
}

static void
alloc_slots (FdTable *t, gsize cap)
{
  t->slots = g_new (Slot, cap);
  for (gsize i = 0; i < cap; i++)
    t->slots[i].value = FD_EMPTY;
  t->mask = cap - 1;
}

FdTable *
fd_table_new (gsize hint)
{
  FdTable *t = g_new0 (FdTable, 1);
  gsize cap = 16;

  while (cap < hint * 2)
    cap *= 2;
  alloc_slots (t, cap);
  return t;
}

void
fd_table_free (FdTable *t)
{
  if (!t)
    return;
  g_free (t->slots);
  g_free (t);
}

void
fd_table_clear (FdTable *t)
{
  for (gsize i = 0; i <= t->mask; i++)
    t->slots[i].value = FD_EMPTY;
  t->size = 0;
}

gsize
fd_table_size (const FdTable *t)
{
  return t->size;
}

static void
grow (FdTable *t)
{
  Slot *old = t->slots;
  gsize old_cap = t->mask + 1;

  alloc_slots (t, old_cap * 2);
  for (gsize i = 0; i < old_cap; i++)
    if (old[i].value != FD_EMPTY)
      {
        gsize j = mix (old[i].key) & t->mask;
        while (t->slots[j].value != FD_EMPTY)
          j = (j + 1) & t->mask;
        t->slots[j] = old[i];
      }
  g_free (old);
}

guint32 *
fd_table_insert (FdTable *t, guint64 key, guint32 init, gboolean *added)
{
  gsize j;

  g_assert (init != FD_EMPTY);
  if ((t->size + 1) * 2 > t->mask + 1)
    grow (t);
  j = mix (key) & t->mask;
  for (;;)
    {
      Slot *s = &t->slots[j];
      if (s->value == FD_EMPTY)
        {
          s->key = key;
          s->value = init;
          t->size++;
          if (added)
            *added = TRUE;
          return &s->value;
        }
      if (s->key == key)
        {
          if (added)
            *added = FALSE;
          return &s->value;
        }
      j = (j + 1) & t->mask;
    }
}

guint32 *
fd_table_lookup (const FdTable *t, guint64 key)
{
  gsize j = mix (key) & t->mask;

  for (;;)
    {
      Slot *s = &t->slots[j];
      if (s->value == FD_EMPTY)
        return NULL;
      if (s->key == key)
        return &s->value;
      j = (j + 1) & t->mask;
    }
}
