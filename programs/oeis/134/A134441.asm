; A134441: Last two digits of primes of form 4n+1 (A002144), excluding 5. Leading 0's omitted.
; 1,9,13,17,21,29,33,37,41,49,53,57,61,69,73,77,81,89,93,97

#offset 1

sub $0,1
sub $0,1
sub $0,1
add $0,6
sub $0,1
mov $1,$0
lpb $1
  sub $1,4
  add $0,1
lpe
sub $0,7
add $0,3
sub $0,-1
mul $0,4
add $0,1
