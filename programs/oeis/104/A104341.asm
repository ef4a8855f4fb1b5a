; A104341: Numbers n such that n -(digital reversal of n) = 9.
; Formula: a(n) = 11*n-1
; 10,21,32,43,54,65,76,87,98

#offset 1

mul $0,11
sub $0,1
