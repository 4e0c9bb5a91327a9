/* test-entity.c - names grouped into entities.  The fixtures under
 * tests/fixtures/entity/ are short articles written for these tests; the
 * seed test reads $FD_SEEDS at run time and does nothing when it is not
 * there. */
#include "claims/entity.h"
#include "claims/names.h"
#include "fd-test-doc.h"
#include "fd-test.h"
#include "ingest/ingest.h"
#include "split/split.h"

#include <json-glib/json-glib.h>
#include <string.h>

static FdDoc *
load_doc (const char *path, const char *id)
{
  g_autofree char *data = NULL;
  gsize len = 0;
  g_autoptr (GError) err = NULL;
  FdDoc *doc;

  ck_assert_msg (g_file_get_contents (path, &data, &len, &err), "%s: %s", path,
                 err ? err->message : "?");
  doc = fd_ingest_buffer (id, path, data, len, NULL, &err);
  ck_assert_msg (doc != NULL, "%s: %s", path, err ? err->message : "?");
  fd_split_doc (doc);
  return doc;
}

/* Adds the fixtures named in @names (NULL-terminated) to @set and returns
 * the documents (which must outlive the lookups that use them). */
static GPtrArray *
add_fixtures (FdEntitySet *set, const char *const *names)
{
  GPtrArray *docs
      = g_ptr_array_new_with_free_func ((GDestroyNotify)fd_doc_free);

  for (; *names; names++)
    {
      g_autofree char *file = g_strconcat ("entity/", *names, ".txt", NULL);
      g_autofree char *path = FD_FIXTURE (file);
      FdDoc *doc = load_doc (path, *names);
      fd_entity_set_add_doc (set, doc);
      g_ptr_array_add (docs, doc);
    }
  return docs;
}

/* The entity whose variants include @text, or NULL. */
static const FdEntity *
find_variant (const FdEntitySet *set, const char *text)
{
  for (guint i = 0; i < fd_entity_set_size (set); i++)
    {
      const FdEntity *e = fd_entity_set_get (set, i);
      for (guint v = 0; v < e->n_variants; v++)
        if (strcmp (e->variants[v].text, text) == 0)
          return e;
    }
  return NULL;
}

static void
assert_same_entity (const FdEntitySet *set, const char *a, const char *b)
{
  const FdEntity *ea = find_variant (set, a), *eb = find_variant (set, b);

  ck_assert_msg (ea != NULL, "no entity has the variant '%s'", a);
  ck_assert_msg (eb != NULL, "no entity has the variant '%s'", b);
  ck_assert_msg (ea == eb, "'%s' (%s) and '%s' (%s) are apart", a, ea->name, b,
                 eb->name);
}

START_TEST (entity_hyphen_and_case)
{
  static const char *const names[]
      = { "hyphen-a", "hyphen-b", "hyphen-c", NULL };
  g_autoptr (FdEntitySet) set = fd_entity_set_new ();
  g_autoptr (GPtrArray) docs = add_fixtures (set, names);
  const FdEntity *e;

  fd_entity_set_resolve (set);
  assert_same_entity (set, "Kim Min-seok", "Kim Min Seok");
  assert_same_entity (set, "Kim Min-seok", "Kim Min-Seok");
  e = find_variant (set, "Kim Min-seok");
  ck_assert_int_eq (e->kind, FD_ENTITY_PERSON);
  /* Three spellings, each once: the tie goes to the first in byte order. */
  ck_assert_str_eq (e->name, "Kim Min Seok");
  /* The opposition leader is somebody else. */
  ck_assert_ptr_nonnull (find_variant (set, "Park Ji-hoon"));
  ck_assert_ptr_ne (find_variant (set, "Park Ji-hoon"), e);
  e = find_variant (set, "Ministry of Oceans and Fisheries");
  ck_assert_ptr_nonnull (e);
  ck_assert_int_eq (e->kind, FD_ENTITY_ORG);
  e = find_variant (set, "Busan");
  ck_assert_ptr_nonnull (e);
  ck_assert_int_eq (e->kind, FD_ENTITY_PLACE);
  ck_assert_uint_eq (e->n_mentions, 2);
}
END_TEST

/* The mentions of one entity seen by fd_entity_set_foreach_mention. */
typedef struct
{
  const FdEntitySet *set;
  const FdEntity *entity; /* whose mentions are counted */
  const FdDoc *doc;       /* where "Kim Min-seok" is looked for */
  guint n;
  gboolean span_ok; /* "Kim Min-seok" is one of them, span and all */
} KimWalk;

static void
kim_walk (guint entity, const FdEntityMention *m, gpointer data)
{
  KimWalk *w = data;

  if (fd_entity_set_get (w->set, entity) != w->entity)
    return;
  w->n++;
  if (strcmp (m->doc, w->doc->id) == 0
      && m->end - m->start == strlen ("Kim Min-seok")
      && strncmp (w->doc->text + m->start, "Kim Min-seok", 12) == 0)
    w->span_ok = TRUE;
}

START_TEST (entity_surname_and_title_in_article)
{
  static const char *const names[]
      = { "hyphen-a", "hyphen-b", "hyphen-c", NULL };
  g_autoptr (FdEntitySet) set = fd_entity_set_new ();
  g_autoptr (GPtrArray) docs = add_fixtures (set, names);
  const FdEntity *e;
  const FdDoc *a = docs->pdata[0];
  KimWalk walk = { 0 };

  fd_entity_set_resolve (set);
  /* "President Kim" is not written, but "Kim" alone and "Mr. Kim" are. */
  assert_same_entity (set, "Kim Min-seok", "Kim");
  assert_same_entity (set, "Kim Min-seok", "Mr. Kim");
  e = find_variant (set, "Kim");
  ck_assert_uint_eq (e->n_mentions, 5);
  /* Mentions point at the bytes: the title is outside a full name. */
  walk.set = set;
  walk.entity = e;
  walk.doc = a;
  fd_entity_set_foreach_mention (set, kim_walk, &walk);
  ck_assert_uint_eq (walk.n, 5);
  ck_assert (walk.span_ok);
  ck_assert_str_eq (fd_entity_set_canonical_in_doc (set, a, "Kim"), e->name);
  ck_assert_str_eq (fd_entity_set_canonical (set, "President Kim Min-Seok"),
                    e->name);
  ck_assert_str_eq (fd_entity_set_canonical (set, "Kim's"), e->name);
  ck_assert_ptr_null (fd_entity_set_canonical (set, "Choi"));
}
END_TEST

START_TEST (entity_name_order)
{
  static const char *const names[] = { "order-a", "order-b", NULL };
  g_autoptr (FdEntitySet) set = fd_entity_set_new ();
  g_autoptr (GPtrArray) docs = add_fixtures (set, names);

  fd_entity_set_resolve (set);
  assert_same_entity (set, "Taro Yamada", "Yamada Taro");
  assert_same_entity (set, "Taro Yamada", "Yamada");
}
END_TEST

START_TEST (entity_same_surname_stays_apart)
{
  static const char *const names[] = { "kim-one", "kim-two", NULL };
  g_autoptr (FdEntitySet) set = fd_entity_set_new ();
  g_autoptr (GPtrArray) docs = add_fixtures (set, names);
  const FdEntity *one, *two;

  fd_entity_set_resolve (set);
  one = find_variant (set, "Kim Hye-won");
  two = find_variant (set, "Kim Do-yun");
  ck_assert_ptr_nonnull (one);
  ck_assert_ptr_nonnull (two);
  ck_assert_ptr_ne (one, two);
  /* Each article's "Kim" is its own Kim. */
  ck_assert_uint_eq (one->n_mentions, 2);
  ck_assert_uint_eq (two->n_mentions, 2);
  ck_assert_str_eq (
      fd_entity_set_canonical_in_doc (set, docs->pdata[0], "Kim"),
      "Kim Hye-won");
  ck_assert_str_eq (
      fd_entity_set_canonical_in_doc (set, docs->pdata[1], "Kim"),
      "Kim Do-yun");
  /* Across the collection "Kim" is ambiguous. */
  ck_assert_ptr_null (fd_entity_set_canonical (set, "Kim"));
}
END_TEST

/* The canonical name of the entity of each mention that starts with
 * "Kim" followed by a space or a full stop, in text order. */
typedef struct
{
  const FdEntitySet *set;
  const FdDoc *doc;
  const char *of[8]; /* by position, NULL: no such mention there */
  gsize at[8];
  guint n;
} BareKims;

static void
collect_bare_kim (guint entity, const FdEntityMention *m, gpointer data)
{
  BareKims *k = data;

  if (m->end - m->start != 3
      || strncmp (k->doc->text + m->start, "Kim", 3) != 0)
    return;
  ck_assert_uint_lt (k->n, G_N_ELEMENTS (k->of));
  k->at[k->n] = m->start;
  k->of[k->n++] = fd_entity_set_get (k->set, entity)->name;
}

/* A one-word reference takes the nearest full name before it in its
 * article, else the first one after it. */
START_TEST (entity_reference_nearest_in_article)
{
  static const char text[]
      = "Kim said on Monday that the talks had gone well.\n"
        "Kim Hye-won spoke to reporters outside the building.\n"
        "Kim Do-yun arrived later that evening from Busan.\n"
        "Kim declined to comment on the matter afterwards.\n";
  g_autoptr (FdEntitySet) set = fd_entity_set_new ();
  FdDoc *doc = fd_test_body_doc (text, NULL);
  BareKims kims = { set, doc, { NULL }, { 0 }, 0 };

  fd_entity_set_add_doc (set, doc);
  fd_entity_set_resolve (set);
  fd_entity_set_foreach_mention (set, collect_bare_kim, &kims);
  ck_assert_uint_eq (kims.n, 2);
  /* Mentions come entity by entity: order them by position. */
  if (kims.at[0] > kims.at[1])
    {
      const char *o = kims.of[0];
      kims.of[0] = kims.of[1];
      kims.of[1] = o;
    }
  ck_assert_str_eq (kims.of[0], "Kim Hye-won");
  ck_assert_str_eq (kims.of[1], "Kim Do-yun");
  fd_doc_free (doc);
}
END_TEST

START_TEST (entity_alias_file)
{
  static const char *const names[] = { "order-a", "alias-doc", NULL };
  g_autoptr (FdEntitySet) set = fd_entity_set_new ();
  g_autoptr (GPtrArray) docs = NULL;
  g_autofree char *path = FD_FIXTURE ("entity/aliases.txt");
  g_autoptr (GError) err = NULL;
  const FdEntity *e;

  ck_assert_msg (fd_entity_set_load_aliases (set, path, &err), "%s",
                 err ? err->message : "?");
  docs = add_fixtures (set, names);
  fd_entity_set_resolve (set);
  assert_same_entity (set, "Busan", "Pusan");
  e = find_variant (set, "Pusan");
  ck_assert_str_eq (e->name, "Busan");
  ck_assert_int_eq (e->kind, FD_ENTITY_PLACE);
  ck_assert_str_eq (fd_entity_set_canonical (set, "T. Yamada"), "Taro Yamada");
}
END_TEST

START_TEST (entity_alias_errors)
{
  g_autoptr (FdEntitySet) set = fd_entity_set_new ();
  g_autofree char *dup = FD_FIXTURE ("entity/aliases-dup.txt");
  g_autofree char *missing = FD_FIXTURE ("entity/no-such-file.txt");
  GError *err = NULL;

  ck_assert (!fd_entity_set_load_aliases (set, missing, &err));
  ck_assert (g_error_matches (err, FD_ENTITY_ERROR, FD_ENTITY_ERROR_IO));
  ck_assert (strstr (err->message, "no-such-file.txt") != NULL);
  g_clear_error (&err);
  ck_assert (!fd_entity_set_load_aliases (set, dup, &err));
  ck_assert (g_error_matches (err, FD_ENTITY_ERROR, FD_ENTITY_ERROR_PARSE));
  ck_assert_msg (strstr (err->message, "aliases-dup.txt:2:") != NULL, "%s",
                 err->message);
  g_clear_error (&err);
}
END_TEST

START_TEST (entity_misspelling)
{
  static const char *const names[] = { "misspelt-a", "misspelt-b", NULL };
  g_autoptr (FdEntitySet) set = fd_entity_set_new ();
  g_autoptr (GPtrArray) docs = add_fixtures (set, names);
  const FdEntity *e;
  gboolean flagged = FALSE;

  fd_entity_set_resolve (set);
  assert_same_entity (set, "Gwangju", "Gwanju");
  e = find_variant (set, "Gwanju");
  ck_assert_str_eq (e->name, "Gwangju");
  for (guint v = 0; v < e->n_variants; v++)
    {
      if (strcmp (e->variants[v].text, "Gwanju") == 0)
        flagged = e->variants[v].misspelling;
      else
        ck_assert (!e->variants[v].misspelling);
    }
  ck_assert (flagged);
}
END_TEST

START_TEST (entity_two_attested_names_not_merged)
{
  g_autoptr (FdEntitySet) set = fd_entity_set_new ();
  g_autoptr (FdDoc) doc = NULL;
  static const char text[] = "Voters in Gwangju and in Gwangmu were polled.\n"
                             "Results from Gwangju came first.\n"
                             "Results from Gwangmu came later.\n";
  g_autoptr (GError) err = NULL;

  doc = fd_ingest_buffer ("g", "g.txt", text, strlen (text), NULL, &err);
  fd_split_doc (doc);
  fd_entity_set_add_doc (set, doc);
  fd_entity_set_resolve (set);
  ck_assert_ptr_nonnull (find_variant (set, "Gwangju"));
  ck_assert_ptr_ne (find_variant (set, "Gwangju"),
                    find_variant (set, "Gwangmu"));
}
END_TEST

START_TEST (entity_json)
{
  static const char *const names[] = { "hyphen-a", "hyphen-b", NULL };
  g_autoptr (FdEntitySet) set = fd_entity_set_new ();
  g_autoptr (GPtrArray) docs = add_fixtures (set, names);
  g_autoptr (GString) out = g_string_new (NULL);
  g_autoptr (GString) again = g_string_new (NULL);
  g_auto (GStrv) lines = NULL;
  guint n = 0;

  fd_entity_set_resolve (set);
  fd_entity_set_append_json (set, out);
  fd_entity_set_resolve (set);
  fd_entity_set_append_json (set, again);
  ck_assert_str_eq (out->str, again->str);
  lines = g_strsplit (out->str, "\n", -1);
  for (guint i = 0; lines[i]; i++)
    {
      g_autoptr (JsonParser) p = json_parser_new ();
      JsonObject *o;
      if (!*lines[i])
        continue;
      ck_assert_msg (json_parser_load_from_data (p, lines[i], -1, NULL), "%s",
                     lines[i]);
      o = json_node_get_object (json_parser_get_root (p));
      ck_assert (json_object_has_member (o, "name"));
      ck_assert (json_object_has_member (o, "kind"));
      ck_assert (
          json_array_get_length (json_object_get_array_member (o, "variants"))
          > 0);
      ck_assert (
          json_array_get_length (json_object_get_array_member (o, "mentions"))
          > 0);
      n++;
    }
  ck_assert_uint_eq (n, fd_entity_set_size (set));
}
END_TEST

START_TEST (entity_names_keys)
{
  g_autofree char *a = fd_names_key ("Lee Jae-Myung");
  g_autofree char *b = fd_names_order_key ("Ishiba Shigeru");
  g_autofree char *c = fd_names_order_key ("Shigeru  Ishiba");

  ck_assert_str_eq (a, "leejaemyung");
  ck_assert_str_eq (b, c);
  ck_assert_uint_eq (fd_names_distance ("seoul", "soeul", 2), 1);
  ck_assert_uint_eq (fd_names_distance ("seoul", "seoul", 2), 0);
  ck_assert_uint_eq (fd_names_distance ("gwangju", "gwanju", 2), 1);
  ck_assert_uint_eq (fd_names_distance ("tokyo", "kyoto", 2), 3);
  ck_assert_uint_eq (fd_names_distance ("a", "abcdef", 2), 3);
}
END_TEST

/* The optimal string alignment distance over the whole matrix, capped at
 * @max + 1: what fd_names_distance must answer. */
static guint
full_distance (const char *a, const char *b, guint max)
{
  gsize n = strlen (a), m = strlen (b);
  g_autofree guint *d = g_new (guint, (n + 1) * (m + 1));
  guint r;

  for (gsize i = 0; i <= n; i++)
    for (gsize j = 0; j <= m; j++)
      {
        guint v;
        if (i == 0 || j == 0)
          v = (guint)(i + j);
        else
          {
            v = MIN (d[(i - 1) * (m + 1) + j], d[i * (m + 1) + j - 1]) + 1;
            v = MIN (v, d[(i - 1) * (m + 1) + j - 1]
                            + (a[i - 1] == b[j - 1] ? 0 : 1));
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
              v = MIN (v, d[(i - 2) * (m + 1) + j - 2] + 1);
          }
        d[i * (m + 1) + j] = v;
      }
  r = d[n * (m + 1) + m];
  return MIN (r, max + 1);
}

/* fd_names_distance against the whole matrix, on every pair of short
 * strings over a three-letter alphabet (edits of every kind, at every
 * place, near and far) and on long names. */
START_TEST (entity_names_distance_exhaustive)
{
  g_autoptr (GPtrArray) words = g_ptr_array_new_with_free_func (g_free);
  static const char *const longer[] = {
    "kimminseok",
    "kimminsoek",
    "leejaemyung",
    "leejaemyoung",
    "shigeruishiba",
    "ishibashigeru",
    "pyongyang",
    "pyeongyang",
    "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklm",
    "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijkml"
  };

  g_ptr_array_add (words, g_strdup (""));
  for (guint len = 1; len <= 5; len++)
    {
      guint total = 1;
      for (guint k = 0; k < len; k++)
        total *= 3;
      for (guint x = 0; x < total; x++)
        {
          char *w = g_malloc (len + 1);
          guint y = x;
          for (guint k = 0; k < len; k++, y /= 3)
            w[k] = (char)('a' + y % 3);
          w[len] = '\0';
          g_ptr_array_add (words, w);
        }
    }
  for (gsize k = 0; k < G_N_ELEMENTS (longer); k++)
    g_ptr_array_add (words, g_strdup (longer[k]));
  for (guint i = 0; i < words->len; i++)
    for (guint j = 0; j < words->len; j++)
      for (guint max = 0; max <= 3; max++)
        {
          const char *a = words->pdata[i], *b = words->pdata[j];
          ck_assert_msg (
              fd_names_distance (a, b, max) == full_distance (a, b, max),
              "'%s' '%s' max %u: %u, expected %u", a, b, max,
              fd_names_distance (a, b, max), full_distance (a, b, max));
        }
}
END_TEST

/* On the seed articles: each leader is one entity with all the spellings
 * the outlets use, and the misspelt capital is flagged. */
START_TEST (entity_seeds)
{
  const char *dir = g_getenv ("FD_SEEDS");
  g_autoptr (GDir) d = NULL;
  g_autoptr (FdEntitySet) set = fd_entity_set_new ();
  g_autoptr (GPtrArray) docs
      = g_ptr_array_new_with_free_func ((GDestroyNotify)fd_doc_free);
  g_autoptr (GPtrArray) files = g_ptr_array_new_with_free_func (g_free);
  const char *name;
  const FdEntity *seoul;
  gboolean flagged = FALSE;

  if (!dir || !(d = g_dir_open (dir, 0, NULL)))
    return;
  while ((name = g_dir_read_name (d)))
    if (g_str_has_suffix (name, ".txt"))
      g_ptr_array_add (files, g_strdup (name));
  if (files->len == 0)
    return;
  g_ptr_array_sort (files, (GCompareFunc)g_strcmp0);
  for (guint i = 0; i < files->len; i++)
    {
      g_autofree char *path = g_build_filename (dir, files->pdata[i], NULL);
      FdDoc *doc = load_doc (path, files->pdata[i]);
      fd_entity_set_add_doc (set, doc);
      g_ptr_array_add (docs, doc);
    }
  fd_entity_set_resolve (set);
  assert_same_entity (set, "Lee Jae-myung", "Lee Jae Myung");
  assert_same_entity (set, "Lee Jae-myung", "Lee Jae-Myung");
  assert_same_entity (set, "Lee Jae-myung", "President Lee");
  assert_same_entity (set, "Lee Jae-myung", "Lee");
  assert_same_entity (set, "Shigeru Ishiba", "Ishiba Shigeru");
  assert_same_entity (set, "Shigeru Ishiba", "Ishiba");
  ck_assert_ptr_ne (find_variant (set, "Lee"), find_variant (set, "Ishiba"));
  ck_assert_int_eq (find_variant (set, "Lee")->kind, FD_ENTITY_PERSON);
  seoul = find_variant (set, "Soeul");
  ck_assert_ptr_nonnull (seoul);
  ck_assert_str_eq (seoul->name, "Seoul");
  for (guint v = 0; v < seoul->n_variants; v++)
    if (strcmp (seoul->variants[v].text, "Soeul") == 0)
      flagged = seoul->variants[v].misspelling;
  ck_assert (flagged);
}
END_TEST

Suite *
fd_test_suite (void)
{
  Suite *s = suite_create ("entity");
  TCase *tc = tcase_create ("entity");

  tcase_add_test (tc, entity_hyphen_and_case);
  tcase_add_test (tc, entity_surname_and_title_in_article);
  tcase_add_test (tc, entity_name_order);
  tcase_add_test (tc, entity_same_surname_stays_apart);
  tcase_add_test (tc, entity_reference_nearest_in_article);
  tcase_add_test (tc, entity_alias_file);
  tcase_add_test (tc, entity_alias_errors);
  tcase_add_test (tc, entity_misspelling);
  tcase_add_test (tc, entity_two_attested_names_not_merged);
  tcase_add_test (tc, entity_json);
  tcase_add_test (tc, entity_names_keys);
  tcase_add_test (tc, entity_names_distance_exhaustive);
  tcase_add_test (tc, entity_seeds);
  suite_add_tcase (s, tc);
  return s;
}

FD_TEST_MAIN ()
