; A307832: Number of palindromic decagonal (10-gonal) numbers of length n whose index is also palindromic.
; Formula: a(n) = (lodadgs(n-1,10)==2)+2*(n-1==0)
; 2,0,1,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0

#offset 1

sub $0,1
mov $1,$0
dgs $0,10
equ $0,2
equ $1,0
mul $1,2
add $0,$1
