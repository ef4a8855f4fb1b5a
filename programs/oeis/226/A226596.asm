; A226596: Lengths of maximal non-crossing and non-overlapping increasing paths in n X n grids.
; Formula: a(n) = truncate(4*truncate((48*(n-1)-84)/7)/9)+4+(n-1==0)
; 0,2,4,7,10,13,16,20,22

#offset 1

sub $0,1
mov $1,$0
mul $0,48
sub $0,84
div $0,7
mul $0,4
div $0,9
add $0,4
equ $1,0
add $0,$1
