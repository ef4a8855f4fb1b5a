; A307802: Number of palindromic octagonal numbers of length n whose index is also palindromic.
; Formula: a(n) = 3*(n-1==0)
; 3,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0

#offset 1

sub $0,1
equ $0,0
mul $0,3
