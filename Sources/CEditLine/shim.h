// Fixed-arity wrappers around libedit's variadic calls, which Swift cannot call directly.
#ifndef RAPPORT_CEDITLINE_SHIM_H
#define RAPPORT_CEDITLINE_SHIM_H

#include <histedit.h>
#include <stdio.h>
#include <signal.h>
#include <string.h>
#include <errno.h>
#include <locale.h>

typedef char *(*rapport_prompt_fn)(EditLine *);
typedef unsigned char (*rapport_command_fn)(EditLine *, int);

static inline FILE *rapport_stdin(void) { return stdin; }
static inline FILE *rapport_stdout(void) { return stdout; }
static inline FILE *rapport_stderr(void) { return stderr; }

static inline int rapport_el_set_prompt(EditLine *el, rapport_prompt_fn fn) {
    return el_set(el, EL_PROMPT, fn);
}
static inline int rapport_el_set_editor(EditLine *el, const char *mode) {
    return el_set(el, EL_EDITOR, mode);
}
static inline int rapport_el_set_signal(EditLine *el, int on) {
    return el_set(el, EL_SIGNAL, on);
}
static inline int rapport_el_set_history(EditLine *el, History *h) {
    return el_set(el, EL_HIST, history, h);
}
static inline int rapport_el_set_clientdata(EditLine *el, void *data) {
    return el_set(el, EL_CLIENTDATA, data);
}
static inline void *rapport_el_get_clientdata(EditLine *el) {
    void *data = NULL;
    el_get(el, EL_CLIENTDATA, &data);
    return data;
}
static inline int rapport_el_addfn(EditLine *el, const char *name, const char *help, rapport_command_fn fn) {
    return el_set(el, EL_ADDFN, name, help, fn);
}
static inline int rapport_el_bind(EditLine *el, const char *key, const char *name) {
    return el_set(el, EL_BIND, key, name, NULL);
}

static inline int rapport_history_setsize(History *h, int size) {
    HistEvent ev;
    return history(h, &ev, H_SETSIZE, size);
}
static inline int rapport_history_setunique(History *h, int unique) {
    HistEvent ev;
    return history(h, &ev, H_SETUNIQUE, unique);
}
static inline int rapport_history_enter(History *h, const char *line) {
    HistEvent ev;
    return history(h, &ev, H_ENTER, line);
}
static inline int rapport_history_load(History *h, const char *path) {
    HistEvent ev;
    return history(h, &ev, H_LOAD, path);
}
static inline int rapport_history_save(History *h, const char *path) {
    HistEvent ev;
    return history(h, &ev, H_SAVE, path);
}

#endif
