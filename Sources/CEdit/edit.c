#include "CEdit.h"

#include <dlfcn.h>
#include <stddef.h>

static void *handle;
static int tried;
static char *(*edit_readline)(const char *);
static int (*edit_add_history)(const char *);
static void (*edit_using_history)(void);
static int (*edit_read_history)(const char *);
static int (*edit_write_history)(const char *);
static int *edit_catch_signals;

int lodestone_edit_available(void) {
    if (!tried) {
        tried = 1;
        handle = dlopen("libedit.so.2", RTLD_NOW | RTLD_LOCAL);
        if (!handle) handle = dlopen("libedit.so", RTLD_NOW | RTLD_LOCAL);
        if (handle) {
            edit_readline = (char *(*)(const char *))dlsym(handle, "readline");
            edit_add_history = (int (*)(const char *))dlsym(handle, "add_history");
            edit_using_history = (void (*)(void))dlsym(handle, "using_history");
            edit_read_history = (int (*)(const char *))dlsym(handle, "read_history");
            edit_write_history = (int (*)(const char *))dlsym(handle, "write_history");
            edit_catch_signals = (int *)dlsym(handle, "rl_catch_signals");
            if (!edit_readline) handle = NULL;
            else if (edit_using_history) edit_using_history();
        }
    }
    return handle != NULL;
}

char *lodestone_readline(const char *prompt) {
    return lodestone_edit_available() ? edit_readline(prompt) : NULL;
}

void lodestone_add_history(const char *line) {
    if (lodestone_edit_available() && edit_add_history) edit_add_history(line);
}

void lodestone_read_history(const char *path) {
    if (lodestone_edit_available() && edit_read_history) edit_read_history(path);
}

void lodestone_write_history(const char *path) {
    if (lodestone_edit_available() && edit_write_history) edit_write_history(path);
}

void lodestone_leave_signals_to_caller(void) {
    if (lodestone_edit_available() && edit_catch_signals) *edit_catch_signals = 0;
}
