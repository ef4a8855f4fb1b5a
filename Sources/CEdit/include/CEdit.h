#ifndef LODESTONE_CEDIT_H
#define LODESTONE_CEDIT_H

/* Line editing for the REPL through libedit, loaded with dlopen when the REPL first asks for it:
   the other commands of `miner` do not load libedit (nor libtinfo and libbsd behind it), and a
   machine without libedit still gets a REPL, reading plain lines. */

/* Whether libedit could be loaded (1) or not (0). Loads it on the first call. */
int lodestone_edit_available(void);

/* libedit's readline: the line without its newline (to be freed), or NULL at end of input. */
char *lodestone_readline(const char *prompt);

void lodestone_add_history(const char *line);
void lodestone_read_history(const char *path);
void lodestone_write_history(const char *path);

/* Ctrl-C at the prompt only raises the REPL's flag; libedit keeps the line. */
void lodestone_leave_signals_to_caller(void);

#endif
