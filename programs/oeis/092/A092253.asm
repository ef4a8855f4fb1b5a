; A092253: Nearest neighbor transform with respect to Cayley metric on Sym_n is one-to-one just for these values.
; Formula: a(n) = truncate(((n+7)*(n+7)-1)/16)-2
; 1,3,4,5,6,8,10,12

#offset 1

add $0,7
mul $0,$0
sub $0,1
div $0,16
sub $0,2
