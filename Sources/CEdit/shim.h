#include <stdio.h>
#include <editline/readline.h>

/* Ctrl-C at the prompt only raises the REPL's flag; libedit keeps the line. (A function, so
   that Swift does not touch libedit's global variable directly.) */
static inline void lodestone_leave_signals_to_caller(void) { rl_catch_signals = 0; }
