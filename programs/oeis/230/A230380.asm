; A230380: The size of an optimal binary code of length n and edit distance 4.
; 1,2,2,4,5,9,13,21

#offset 3

sub $0,3
sub $0,1
add $0,1
sub $0,1
sub $0,1
add $0,1
sub $0,1
add $0,1
sub $0,1
sub $2,1
sub $2,6
add $2,-1
add $0,3
mov $1,$0
lpb $1
  sub $1,1
  add $3,$2
  sub $2,$3
  dif $2,-1
lpe
mov $0,$2
div $0,-5
add $0,4
sub $0,1
sub $0,3
add $0,1
