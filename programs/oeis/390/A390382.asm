; A390382: Feedback vertex set (decycling) number of the n-hypercube graph.
; 0,0,1,3,6,14,28,56,112

add $0,1
sub $0,1
add $0,1
add $0,1
add $2,-1
lpb $0
  add $2,$3
  add $2,-1
  sub $0,1
  sub $2,$1
  sub $3,$2
  lpb $2
    sub $2,1
    add $2,-1
  lpe
  add $3,$3
  add $2,$3
  add $1,$3
lpe
mov $0,$3
div $0,4
div $0,3
