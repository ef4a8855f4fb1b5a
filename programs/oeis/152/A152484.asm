; A152484: Odd numbers which are not the sum of an even semiprime and an odd semiprime.
; 1,3,5,7,9,11,17,33

#offset 1

sub $0,1
sub $0,1
sub $0,1
add $0,1
sub $0,1
mov $3,$0
lpb $3
  sub $0,1
  sub $3,1
  mul $0,2
  sub $3,3
  add $3,$2
  add $2,3
lpe
mul $0,2
add $0,8
sub $0,6
div $0,2
sub $0,-1
mul $0,2
add $0,1
