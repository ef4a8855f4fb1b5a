; A134442: Last two digits of primes of form 4n+3 (A002145). Leading 0's omitted.
; 3,7,11,19,23,27,31,39,43,47,51,59,63,67,71,79,83,87,91,99

#offset 1

sub $0,1
sub $0,-1
mov $3,$0
lpb $3
  sub $3,1
  add $0,1
  sub $3,3
lpe
add $0,1
sub $0,2
mul $0,4
add $0,3
