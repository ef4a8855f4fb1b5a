; A213911: Number of runs of consecutive zeros in the Zeckendorf (binary) representation of n.
; 0,0,1,1,1,1,1,2,1,1,2,2,2,1,1,2,2,2,2,2,3,1,1,2,2,2,2,2,3,2,2,3,3,3,1,1,2,2,2,2,2,3,2,2,3,3,3,2,2,3,3,3,3,3,4,1,1,2,2,2,2,2,3,2,2,3,3,3,2,2,3,3,3,3,3,4,2,2,3,3

lpb $0
  add $0,1
  seq $0,184658
  add $1,1
  seq $0,66628
lpe
mov $0,$1
div $0,2
