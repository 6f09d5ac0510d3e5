/* The compiled YAML reader: goalcheck/yamlread.py's read loop, written against
 * libyaml's C API so that no Python event or mark object is built per event.
 *
 * It returns exactly what the pure-Python reader returns (the same data, the
 * same location table, the same text as written, the same duplicate-key
 * reports, the same first fatal problem); tests/test_readers.py holds the two
 * equal. Problems are worded in Python: this file calls the `problem(kind,
 * line, column, *args)` function that yamlread.py hands to `setup`, so the
 * wording lives in one place. Limits are arguments of `read`, read from
 * yamlread's constants at each call.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <structmember.h>
#include <string.h>
#include <dlfcn.h>
#include "yaml.h"

/* libyaml's functions, found at setup() in the libyaml that PyYAML's own
 * extension (yaml._yaml) carries, the one the pure-Python reader runs on: the
 * same parser, so the same events, marks and error messages, whichever
 * libyaml release that PyYAML was built with. Only the types come from the
 * header; the parser is allocated with room to spare in case that release's
 * yaml_parser_t is larger, and only its leading error fields, the same in
 * every release, are read. */
static int (*yp_initialize)(yaml_parser_t *) = NULL;
static void (*yp_delete)(yaml_parser_t *) = NULL;
static void (*yp_set_input_string)(yaml_parser_t *, const unsigned char *, size_t) = NULL;
static int (*yp_parse)(yaml_parser_t *, yaml_event_t *) = NULL;
static void (*ye_delete)(yaml_event_t *) = NULL;
static const char *(*y_version)(void) = NULL;
#define PARSER_ROOM (sizeof(yaml_parser_t) + 4096)

/* ------------------------------------------------------------------ marks */

typedef struct {
    PyObject_HEAD
    int line;   /* 0-based, as libyaml's marks */
    int column;
} Mark;

static PyMemberDef mark_members[] = {
    {"line", T_INT, offsetof(Mark, line), READONLY, "line, 0-based"},
    {"column", T_INT, offsetof(Mark, column), READONLY, "column, 0-based"},
    {NULL}
};

static PyObject *mark_repr(Mark *self) {
    return PyUnicode_FromFormat("Mark(line=%d, column=%d)", self->line, self->column);
}

static PyTypeObject MarkType = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "goalcheck._yamlread.Mark",
    .tp_basicsize = sizeof(Mark),
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_doc = "Where a node starts: line and column, 0-based.",
    .tp_members = mark_members,
    .tp_repr = (reprfunc)mark_repr,
};

static PyObject *new_mark(yaml_mark_t m) {
    Mark *mark = PyObject_New(Mark, &MarkType);
    if (mark == NULL) return NULL;
    mark->line = (int)m.line;
    mark->column = (int)m.column;
    return (PyObject *)mark;
}

/* ---------------------------------------------------------------- globals */

static PyObject *problem_function = NULL;  /* yamlread._problem */
static PyObject *str_merge = NULL;         /* "<<" */

/* Raise the problem `kind` at 1-based (line, column); always returns NULL. */
static PyObject *raise_problem(const char *kind, long line, long column, PyObject *extra) {
    PyObject *args, *problem;
    if (extra == NULL) {
        args = Py_BuildValue("(sll)", kind, line, column);
    } else {
        PyObject *head = Py_BuildValue("(sll)", kind, line, column);
        args = head ? PySequence_Concat(head, extra) : NULL;
        Py_XDECREF(head);
    }
    if (args == NULL) return NULL;
    problem = PyObject_CallObject(problem_function, args);
    Py_DECREF(args);
    if (problem == NULL) return NULL;
    PyErr_SetObject((PyObject *)Py_TYPE(problem), problem);
    Py_DECREF(problem);
    return NULL;
}

/* ------------------------------------------------------------- scalars */

static int is_digit(char c) { return c >= '0' && c <= '9'; }

/* [-+]?[0-9]+ and nothing else */
static int int_text(const char *s, Py_ssize_t n) {
    Py_ssize_t i = 0;
    if (i < n && (s[i] == '-' || s[i] == '+')) i++;
    if (i == n) return 0;
    for (; i < n; i++) if (!is_digit(s[i])) return 0;
    return 1;
}

/* [-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)? and nothing else */
static int float_text(const char *s, Py_ssize_t n) {
    Py_ssize_t i = 0, start;
    if (i < n && (s[i] == '-' || s[i] == '+')) i++;
    if (i < n && s[i] == '.') {
        i++;
        start = i;
        while (i < n && is_digit(s[i])) i++;
        if (i == start) return 0;
    } else {
        start = i;
        while (i < n && is_digit(s[i])) i++;
        if (i == start) return 0;
        if (i < n && s[i] == '.') {
            i++;
            while (i < n && is_digit(s[i])) i++;
        }
    }
    if (i < n && (s[i] == 'e' || s[i] == 'E')) {
        i++;
        if (i < n && (s[i] == '-' || s[i] == '+')) i++;
        start = i;
        while (i < n && is_digit(s[i])) i++;
        if (i == start) return 0;
    }
    return i == n;
}

/* true/false/null words of the YAML 1.2 core schema: 1 true, 0 false, 2 null, -1 none */
static int special_word(const char *s, Py_ssize_t n) {
    if (n == 0) return 2;
    if (n == 1) return s[0] == '~' ? 2 : -1;
    if (n == 4) {
        if (!memcmp(s, "true", 4) || !memcmp(s, "True", 4) || !memcmp(s, "TRUE", 4)) return 1;
        if (!memcmp(s, "null", 4) || !memcmp(s, "Null", 4) || !memcmp(s, "NULL", 4)) return 2;
    }
    if (n == 5 && (!memcmp(s, "false", 5) || !memcmp(s, "False", 5) || !memcmp(s, "FALSE", 5))) return 0;
    return -1;
}

static const char *CORE = "tag:yaml.org,2002:";

static int tag_allowed(const char *tag) {
    static const char *names[] = {"str", "int", "float", "bool", "null", "seq", "map", NULL};
    size_t core = strlen(CORE);
    if (tag == NULL || strcmp(tag, "!") == 0) return 1;
    if (strncmp(tag, CORE, core) != 0) return 0;
    for (int i = 0; names[i]; i++) if (strcmp(tag + core, names[i]) == 0) return 1;
    return 0;
}

static int tag_keeps_text(const char *tag) {  /* !!str or !: the scalar is text whatever it says */
    return strcmp(tag, "!") == 0 || (strncmp(tag, CORE, strlen(CORE)) == 0 && strcmp(tag + strlen(CORE), "str") == 0);
}

static PyObject *tag_problem(yaml_mark_t mark, const char *tag) {
    PyObject *extra = Py_BuildValue("(s)", tag);
    if (extra == NULL) return NULL;
    raise_problem("tag", (long)mark.line + 1, (long)mark.column + 1, extra);
    Py_DECREF(extra);
    return NULL;
}

/* -------------------------------------------------------------- the loop */

typedef struct {
    PyObject *container, *parts, *key, *key_mark, *merges, *anchor, *container_mark;
    int is_map;
    long long first_count, first_expanded, first_chars, start_index;
} Frame;

static void clear_frame(Frame *f) {
    Py_CLEAR(f->container); Py_CLEAR(f->parts); Py_CLEAR(f->key); Py_CLEAR(f->key_mark);
    Py_CLEAR(f->merges); Py_CLEAR(f->anchor); Py_CLEAR(f->container_mark);
}

static PyObject *id_of(PyObject *obj) { return PyLong_FromVoidPtr(obj); }

/* Set raw[(id(container), key)] = text. */
static int set_raw(PyObject *raw, PyObject *container, PyObject *key, PyObject *text) {
    PyObject *ident = id_of(container), *pair;
    int result;
    if (ident == NULL) return -1;
    pair = PyTuple_Pack(2, ident, key);
    Py_DECREF(ident);
    if (pair == NULL) return -1;
    result = PyDict_SetItem(raw, pair, text);
    Py_DECREF(pair);
    return result;
}

/* `<<` merge keys: merged entries never override explicit ones. */
static int apply_merges(Frame *f, PyObject *where) {
    Py_ssize_t count = PyList_GET_SIZE(f->merges);
    for (Py_ssize_t i = 0; i < count; i++) {
        PyObject *merged = PyList_GET_ITEM(f->merges, i);
        int many = PyList_Check(merged);
        Py_ssize_t sources = many ? PyList_GET_SIZE(merged) : 1;
        for (Py_ssize_t j = 0; j < sources; j++) {
            PyObject *source = many ? PyList_GET_ITEM(merged, j) : merged;
            PyObject *ident, *entry, *source_parts, *key, *value;
            Py_ssize_t position = 0;
            if (!PyDict_Check(source)) {
                Mark *mark = (Mark *)f->container_mark;
                raise_problem("merge", mark->line + 1, mark->column + 1, NULL);
                return -1;
            }
            ident = id_of(source);
            if (ident == NULL) return -1;
            entry = PyDict_GetItemWithError(where, ident);
            Py_DECREF(ident);
            if (entry == NULL) {
                if (!PyErr_Occurred()) PyErr_SetString(PyExc_KeyError, "merged mapping has no location");
                return -1;
            }
            source_parts = PyTuple_GET_ITEM(entry, 1);
            while (PyDict_Next(source, &position, &key, &value)) {
                int present = PyDict_Contains(f->container, key);
                if (present < 0) return -1;
                if (!present) {
                    PyObject *part = PyDict_GetItemWithError(source_parts, key);
                    if (part == NULL) {
                        if (!PyErr_Occurred()) PyErr_SetObject(PyExc_KeyError, key);
                        return -1;
                    }
                    if (PyDict_SetItem(f->container, key, value) < 0) return -1;
                    if (PyDict_SetItem(f->parts, key, part) < 0) return -1;
                }
            }
        }
    }
    return 0;
}

static PyObject *parser_problem(yaml_parser_t *parser, const char *bytes) {
    if (parser->error == YAML_MEMORY_ERROR) return PyErr_NoMemory();
    if (parser->error == YAML_READER_ERROR) {
        size_t offset = parser->problem_offset, line = 1, last = 0, i;
        for (i = 0; i < offset; i++) if (bytes[i] == '\n') { line++; last = i + 1; }
        PyObject *extra = Py_BuildValue("(s)", parser->problem ? parser->problem : "");
        if (extra == NULL) return NULL;
        raise_problem("reader", (long)line, (long)(offset - last + 1), extra);
        Py_DECREF(extra);
        return NULL;
    }
    {
        PyObject *extra;
        if (parser->context != NULL && parser->problem != NULL)
            extra = Py_BuildValue("(ss)", parser->problem, parser->context);
        else
            extra = Py_BuildValue("(sO)", parser->problem ? parser->problem : "", Py_None);
        if (extra == NULL) return NULL;
        if (parser->problem != NULL)
            raise_problem("syntax", (long)parser->problem_mark.line + 1, (long)parser->problem_mark.column + 1, extra);
        else if (parser->context != NULL)
            raise_problem("syntax", (long)parser->context_mark.line + 1, (long)parser->context_mark.column + 1, extra);
        else
            raise_problem("syntax", 1, 1, extra);
        Py_DECREF(extra);
        return NULL;
    }
}

static PyObject *read_yaml(PyObject *self, PyObject *args) {
    PyObject *text;
    long long max_depth, max_events, max_alias, max_alias_chars;
    const char *bytes;
    Py_ssize_t length;
    yaml_parser_t *parser;
    yaml_event_t event;
    int have_event = 0, documents = 0, failed = 1;
    long long count = 0, expanded = 0, expanded_chars = 0;
    Py_ssize_t depth = 0;
    Frame *stack = NULL;
    Frame cur = {0};
    PyObject *data = NULL, *where = NULL, *raw = NULL, *problems = NULL, *anchors = NULL, *out = NULL;
    PyObject *value = NULL, *start = NULL, *text_as_written = NULL;

    if (!PyArg_ParseTuple(args, "ULLLL", &text, &max_depth, &max_events, &max_alias, &max_alias_chars))
        return NULL;
    /* aliases may add as many characters as the document has, or max_alias_chars if more */
    if (PyUnicode_GET_LENGTH(text) > max_alias_chars) max_alias_chars = PyUnicode_GET_LENGTH(text);
    if (problem_function == NULL || yp_parse == NULL) {
        PyErr_SetString(PyExc_RuntimeError, "goalcheck._yamlread.setup was not called");
        return NULL;
    }
    bytes = PyUnicode_AsUTF8AndSize(text, &length);
    if (bytes == NULL) return NULL;
    stack = PyMem_Calloc((size_t)(max_depth > 0 ? max_depth : 1) + 1, sizeof(Frame));
    if (stack == NULL) return PyErr_NoMemory();
    parser = PyMem_Calloc(1, PARSER_ROOM);
    if (parser == NULL || !yp_initialize(parser)) {
        PyMem_Free(parser);
        PyMem_Free(stack);
        return PyErr_NoMemory();
    }
    /* as PyYAML's CParser reads a str: its UTF-8 bytes, the encoding found by libyaml */
    yp_set_input_string(parser, (const unsigned char *)bytes, (size_t)length);
    where = PyDict_New();
    raw = PyDict_New();
    problems = PyList_New(0);
    anchors = PyDict_New();
    if (!where || !raw || !problems || !anchors) goto done;
    data = Py_None;
    Py_INCREF(data);

    for (;;) {
        yaml_event_type_t type;
        if (!yp_parse(parser, &event)) {
            parser_problem(parser, bytes);
            goto done;
        }
        have_event = 1;
        type = event.type;
        if (type == YAML_NO_EVENT) break;
        count++;
        if (count > max_events) {
            raise_problem("events", (long)event.start_mark.line + 1, (long)event.start_mark.column + 1, NULL);
            goto done;
        }
        Py_CLEAR(value);
        Py_CLEAR(start);
        Py_CLEAR(text_as_written);
        if (type == YAML_SCALAR_EVENT) {
            const char *s = (const char *)event.data.scalar.value;
            Py_ssize_t n = (Py_ssize_t)event.data.scalar.length;
            const char *tag = (const char *)event.data.scalar.tag;
            int plain;
            if (tag != NULL) {
                if (!tag_allowed(tag)) { tag_problem(event.start_mark, tag); goto done; }
                plain = event.data.scalar.style == YAML_PLAIN_SCALAR_STYLE && !tag_keeps_text(tag);
            } else {
                plain = event.data.scalar.style == YAML_PLAIN_SCALAR_STYLE;
            }
            value = PyUnicode_DecodeUTF8(s, n, "strict");
            if (value == NULL) goto done;
            if (plain) {
                int word = special_word(s, n);
                if (word >= 0) {
                    if (word != 2) {
                        text_as_written = value;
                        value = word ? Py_True : Py_False;
                        Py_INCREF(value);
                    } else {
                        Py_DECREF(value);
                        value = Py_None;
                        Py_INCREF(value);
                    }
                } else if (n && strchr("0123456789-+.", s[0]) && PyUnicode_GET_LENGTH(value) < 64) {
                    PyObject *number = NULL;
                    if (int_text(s, n)) number = PyLong_FromUnicodeObject(value, 10);
                    else if (float_text(s, n)) {
                        number = PyFloat_FromString(value);
                        if (number != NULL && Py_IS_INFINITY(PyFloat_AS_DOUBLE(number))) {
                            Py_DECREF(number);  /* 1e400 is infinity: it stays text, as .inf does */
                            goto resolved;
                        }
                    }
                    else goto resolved;
                    if (number == NULL) goto done;
                    text_as_written = value;
                    value = number;
                }
            }
        resolved:
            if (event.data.scalar.anchor != NULL) {
                PyObject *pair = Py_BuildValue("(OiL)", value, 1,
                                               (long long)(event.end_mark.index - event.start_mark.index));
                if (pair == NULL) goto done;
                PyObject *name = PyUnicode_FromString((const char *)event.data.scalar.anchor);
                if (name == NULL) { Py_DECREF(pair); goto done; }
                int r = PyDict_SetItem(anchors, name, pair);
                Py_DECREF(name); Py_DECREF(pair);
                if (r < 0) goto done;
            }
            start = new_mark(event.start_mark);
            if (start == NULL) goto done;
        } else if (type == YAML_MAPPING_END_EVENT || type == YAML_SEQUENCE_END_EVENT) {
            if (cur.merges != NULL && PyList_GET_SIZE(cur.merges) && apply_merges(&cur, where) < 0) goto done;
            value = cur.container; cur.container = NULL;
            start = cur.container_mark; cur.container_mark = NULL;
            if (cur.anchor != NULL) {
                /* characters: the source it spans and what aliases inside it added */
                PyObject *pair = Py_BuildValue("(OLL)", value, (count - cur.first_count) + (expanded - cur.first_expanded),
                                               ((long long)event.end_mark.index - cur.start_index)
                                               + (expanded_chars - cur.first_chars));
                if (pair == NULL) goto done;
                int r = PyDict_SetItem(anchors, cur.anchor, pair);
                Py_DECREF(pair);
                if (r < 0) goto done;
            }
            clear_frame(&cur);
            depth--;
            cur = stack[depth];
            memset(&stack[depth], 0, sizeof(Frame));
        } else if (type == YAML_MAPPING_START_EVENT || type == YAML_SEQUENCE_START_EVENT) {
            int is_map = type == YAML_MAPPING_START_EVENT;
            const char *tag = (const char *)(is_map ? event.data.mapping_start.tag : event.data.sequence_start.tag);
            const char *anchor = (const char *)(is_map ? event.data.mapping_start.anchor
                                                       : event.data.sequence_start.anchor);
            PyObject *mark, *entry, *ident;
            if (tag != NULL && !tag_allowed(tag)) { tag_problem(event.start_mark, tag); goto done; }
            if (depth >= max_depth) {
                raise_problem("depth", (long)event.start_mark.line + 1, (long)event.start_mark.column + 1, NULL);
                goto done;
            }
            mark = new_mark(event.start_mark);
            if (mark == NULL) goto done;
            stack[depth++] = cur;
            memset(&cur, 0, sizeof(Frame));
            cur.is_map = is_map;
            cur.container = is_map ? PyDict_New() : PyList_New(0);
            cur.parts = is_map ? PyDict_New() : PyList_New(0);
            cur.container_mark = mark;
            if (cur.container == NULL || cur.parts == NULL) goto done;
            entry = PyTuple_Pack(2, mark, cur.parts);
            ident = id_of(cur.container);
            if (entry == NULL || ident == NULL || PyDict_SetItem(where, ident, entry) < 0) {
                Py_XDECREF(entry); Py_XDECREF(ident); goto done;
            }
            Py_DECREF(entry); Py_DECREF(ident);
            if (anchor != NULL) {
                cur.anchor = PyUnicode_FromString(anchor);
                if (cur.anchor == NULL) goto done;
            }
            cur.first_count = count;
            cur.first_expanded = expanded;
            cur.first_chars = expanded_chars;
            cur.start_index = (long long)event.start_mark.index;
            ye_delete(&event); have_event = 0;
            continue;
        } else if (type == YAML_ALIAS_EVENT) {
            PyObject *name = PyUnicode_FromString((const char *)event.data.alias.anchor), *pair;
            if (name == NULL) goto done;
            pair = PyDict_GetItemWithError(anchors, name);
            if (pair == NULL) {
                if (!PyErr_Occurred()) {
                    PyObject *extra = PyTuple_Pack(1, name);
                    if (extra) {
                        raise_problem("alias", (long)event.start_mark.line + 1, (long)event.start_mark.column + 1, extra);
                        Py_DECREF(extra);
                    }
                }
                Py_DECREF(name);
                goto done;
            }
            Py_DECREF(name);
            value = PyTuple_GET_ITEM(pair, 0);
            Py_INCREF(value);
            expanded += PyLong_AsLongLong(PyTuple_GET_ITEM(pair, 1));
            expanded_chars += PyLong_AsLongLong(PyTuple_GET_ITEM(pair, 2));
            if (expanded > max_alias) {
                raise_problem("bomb", (long)event.start_mark.line + 1, (long)event.start_mark.column + 1, NULL);
                goto done;
            }
            if (expanded_chars > max_alias_chars) {
                PyObject *extra = Py_BuildValue("(L)", max_alias_chars);
                if (extra) {
                    raise_problem("characters", (long)event.start_mark.line + 1,
                                  (long)event.start_mark.column + 1, extra);
                    Py_DECREF(extra);
                }
                goto done;
            }
            start = new_mark(event.start_mark);
            if (start == NULL) goto done;
        } else {
            if (type == YAML_DOCUMENT_START_EVENT) {
                documents++;
                if (documents > 1) {
                    raise_problem("document", (long)event.start_mark.line + 1, (long)event.start_mark.column + 1, NULL);
                    goto done;
                }
            }
            ye_delete(&event); have_event = 0;
            continue;
        }

        if (cur.is_map) {
            if (cur.key == NULL) {  /* this node is a key */
                if (!PyUnicode_CheckExact(value)) {
                    if (text_as_written == NULL) {
                        Mark *m = (Mark *)start;
                        raise_problem("key", m->line + 1, m->column + 1, NULL);
                        goto done;
                    }
                    Py_DECREF(value);
                    value = text_as_written;
                    text_as_written = NULL;
                }
                cur.key = value; value = NULL;
                Py_XDECREF(cur.key_mark);
                cur.key_mark = start; start = NULL;
                ye_delete(&event); have_event = 0;
                continue;
            }
            PyObject *first = PyDict_GetItemWithError(cur.parts, cur.key);
            if (first != NULL) {
                Mark *was = (Mark *)PyTuple_GET_ITEM(first, 0), *at = (Mark *)cur.key_mark;
                PyObject *extra = Py_BuildValue("(Oii)", cur.key, was->line + 1, was->column + 1);
                PyObject *args2, *problem, *head;
                if (extra == NULL) goto done;
                head = Py_BuildValue("(sii)", "duplicate", at->line + 1, at->column + 1);
                args2 = head ? PySequence_Concat(head, extra) : NULL;
                Py_XDECREF(head); Py_DECREF(extra);
                if (args2 == NULL) goto done;
                problem = PyObject_CallObject(problem_function, args2);
                Py_DECREF(args2);
                if (problem == NULL) goto done;
                int r = PyList_Append(problems, problem);
                Py_DECREF(problem);
                if (r < 0) goto done;
            } else if (PyErr_Occurred()) {
                goto done;
            } else if (type != YAML_SCALAR_EVENT && PyUnicode_Compare(cur.key, str_merge) == 0) {
                if (cur.merges == NULL && (cur.merges = PyList_New(0)) == NULL) goto done;
                if (PyList_Append(cur.merges, value) < 0) goto done;
            } else {
                PyObject *part;
                if (PyDict_SetItem(cur.container, cur.key, value) < 0) goto done;
                part = PyTuple_Pack(2, cur.key_mark, start);
                if (part == NULL) goto done;
                int r = PyDict_SetItem(cur.parts, cur.key, part);
                Py_DECREF(part);
                if (r < 0) goto done;
                if (text_as_written != NULL && set_raw(raw, cur.container, cur.key, text_as_written) < 0) goto done;
            }
            Py_CLEAR(cur.key);
        } else if (cur.container != NULL) {
            if (text_as_written != NULL) {
                PyObject *index = PyLong_FromSsize_t(PyList_GET_SIZE(cur.container));
                if (index == NULL) goto done;
                int r = set_raw(raw, cur.container, index, text_as_written);
                Py_DECREF(index);
                if (r < 0) goto done;
            }
            if (PyList_Append(cur.container, value) < 0) goto done;
            if (PyList_Append(cur.parts, start) < 0) goto done;
        } else {
            Py_DECREF(data);
            data = value;
            value = NULL;
        }
        ye_delete(&event); have_event = 0;
    }
    failed = 0;

done:
    if (have_event) ye_delete(&event);
    yp_delete(parser);
    PyMem_Free(parser);
    Py_XDECREF(value);
    Py_XDECREF(start);
    Py_XDECREF(text_as_written);
    clear_frame(&cur);
    for (Py_ssize_t i = 0; i < depth; i++) clear_frame(&stack[i]);
    PyMem_Free(stack);
    Py_XDECREF(anchors);
    if (!failed) out = PyTuple_Pack(4, data, where, raw, problems);
    Py_XDECREF(data);
    Py_XDECREF(where);
    Py_XDECREF(raw);
    Py_XDECREF(problems);
    return out;
}

static void *find(void *library, const char *name) {
    void *found = dlsym(library, name);
    if (found == NULL) PyErr_Format(PyExc_ImportError, "libyaml's %s is not in PyYAML's extension", name);
    return found;
}

static PyObject *setup(PyObject *self, PyObject *args) {
    PyObject *function;
    const char *path;
    void *library;
    if (!PyArg_ParseTuple(args, "Os", &function, &path)) return NULL;
    library = dlopen(path, RTLD_NOW | RTLD_LOCAL);
    if (library == NULL) {
        PyErr_Format(PyExc_ImportError, "cannot open PyYAML's extension: %s", dlerror());
        return NULL;
    }
    if (!(*(void **)&yp_initialize = find(library, "yaml_parser_initialize"))
        || !(*(void **)&yp_delete = find(library, "yaml_parser_delete"))
        || !(*(void **)&yp_set_input_string = find(library, "yaml_parser_set_input_string"))
        || !(*(void **)&ye_delete = find(library, "yaml_event_delete"))
        || !(*(void **)&y_version = find(library, "yaml_get_version_string"))
        || !(*(void **)&yp_parse = find(library, "yaml_parser_parse"))) {
        yp_parse = NULL;
        return NULL;
    }
    Py_INCREF(function);
    Py_XSETREF(problem_function, function);
    Py_RETURN_NONE;
}

static PyObject *libyaml_version(PyObject *self, PyObject *unused) {
    if (y_version == NULL) Py_RETURN_NONE;
    return PyUnicode_FromString(y_version());
}

static PyMethodDef methods[] = {
    {"read", read_yaml, METH_VARARGS,
     "read(text, max_depth, max_events, max_alias_expansion, max_alias_characters) -> (data, where, raw, problems)"},
    {"setup", setup, METH_VARARGS,
     "setup(problem, path): the function that words problems, and PyYAML's extension, whose libyaml to use"},
    {"libyaml_version", libyaml_version, METH_NOARGS, "the version of the libyaml compiled in"},
    {NULL, NULL, 0, NULL}
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, "goalcheck._yamlread",
    "goalcheck's compiled YAML reader (see goalcheck/yamlread.py).", -1, methods
};

PyMODINIT_FUNC PyInit__yamlread(void) {
    PyObject *m;
    if (PyType_Ready(&MarkType) < 0) return NULL;
    m = PyModule_Create(&module);
    if (m == NULL) return NULL;
    str_merge = PyUnicode_InternFromString("<<");
    if (str_merge == NULL) return NULL;
    Py_INCREF(&MarkType);
    if (PyModule_AddObject(m, "Mark", (PyObject *)&MarkType) < 0) return NULL;
    return m;
}
