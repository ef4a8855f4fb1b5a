; A033067: Numbers whose base-16 representation Sum_{i=0..m} d(i)*16^i has odd d(i) for all odd i.
; 1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,17,19,21,23,25,27,29,31,33,35,37,39,41,43,45,47,49,51,53,55,57,59,61,63,65,67,69,71,73,75,77,79,81,83,85,87,89,91,93,95,97,99,101,103,105,107,109

#offset 1

sub $0,1
sub $0,1
sub $0,1
sub $0,1
sub $0,8
sub $0,2
sub $0,1
mov $2,$0
lpb $2
  add $0,$0
  lpb $2
    sub $2,1
  lpe
lpe
mul $0,2
div $0,2
sub $0,-1
add $0,8
sub $0,5
add $0,1
sub $0,-7
add $0,3
