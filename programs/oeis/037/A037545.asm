; A037545: Base-4 digits are, in order, the first n terms of the periodic sequence with initial period 1,2,2.
; 1,6,26,105,422,1690,6761,27046,108186,432745,1730982,6923930,27695721,110782886,443131546,1772526185,7090104742,28360418970,113441675881,453766703526,1815066814106,7260267256425,29041069025702

#offset 1

sub $0,1
add $0,1
sub $0,1
sub $0,-1
sub $0,-1
add $0,1
sub $0,1
add $3,3
lpb $0
  sub $0,1
  add $3,1
  add $3,$3
  add $3,$3
lpe
mov $0,$3
div $0,7
add $0,1
div $0,3
sub $0,4
add $0,1
div $0,2
add $0,1
