; A342761: Fold a square sheet of paper alternately vertically to the left and horizontally downwards; after each fold, draw a line along each inward crease; after n folds, the resulting graph has a(n) edges.
; 4,7,10,15,25,43,79,147,283,547,1075,2115,4195,8323,16579,33027,65923,131587,262915,525315,1050115,2099203,4197379,8392707,16783363,33562627,67121155,134234115,268460035,536903683,1073790979

sub $0,1
lpb $0
  sub $1,3
  min $2,$0
  add $1,$2
  add $2,1
  mul $1,2
  sub $0,1
lpe
mul $0,6
sub $0,$1
div $0,2
add $0,7
