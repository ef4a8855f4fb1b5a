; A307832: Number of palindromic decagonal (10-gonal) numbers of length n whose index is also palindromic.
; 2,0,1,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0

#offset 1

sub $0,1
mov $1,$0
sub $0,1
sub $0,1
lpb $0
  sub $0,9
lpe
add $0,1
sub $0,1
add $0,8
sub $0,9
equ $0,-1
mov $2,$1
equ $2,0
mul $2,2
add $0,$2
