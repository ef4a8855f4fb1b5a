; A230089: If n is divisible by 4 then 4, if n is divisible by 2 then 2, otherwise n.
; 1,2,3,4,5,2,7,4,9,2,11,4,13,2,15,4,17,2,19,4,21,2,23,4,25,2,27,4,29,2,31,4,33,2,35,4,37,2,39,4,41,2,43,4,45,2,47,4,49,2,51,4,53,2,55,4,57,2,59,4,61,2,63,4,65,2,67,4,69,2,71,4,73,2,75,4,77,2,79,4

#offset 1

sub $0,1
add $0,1
sub $0,1
sub $0,1
sub $0,1
add $0,1
add $0,1
mov $2,$0
lpb $0
  sub $2,1
  lpb $2
    sub $2,1
    add $3,$0
    sub $1,$3
    sub $1,$3
    add $3,-1
    add $3,$1
    lpb $0
      sub $0,4
    lpe
  lpe
  mov $0,$1
  div $0,-1
  div $0,2
  add $0,1
lpe
add $0,1
