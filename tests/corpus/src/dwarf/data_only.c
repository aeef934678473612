/* No code at all: gcc writes .file 0/1 but no .loc; gas still builds the header and file table. */
int counter = 3;
const char greeting[] = "hello";
static double table[8] = {1, 2, 3};
double *table_ptr = table;
