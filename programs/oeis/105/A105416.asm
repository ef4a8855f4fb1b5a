; A105416: Numbers that are pandigital in Roman numerals using each of the symbols I, V, X, L, C, D and M exactly once.
; Formula: a(n) = truncate(A204093(n-1)/3)+1444
; 1444,1446,1464,1466,1644,1646,1664,1666

#offset 1

sub $0,1
seq $0,204093
div $0,3
add $0,1444
