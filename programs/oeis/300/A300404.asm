; A300404: Smallest integer k such that the largest term in the Goodstein sequence starting at k is > n.
; 2,2,3,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4

sub $0,1
max $0,0
lpb $0
  mov $0,2
lpe
add $0,2
