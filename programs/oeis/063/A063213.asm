; A063213: Dimension of the space of weight 2n cuspidal newforms for Gamma_0(45).
; 1,5,9,11,15,19,21,25,29,31,35,39,41,45,49,51,55,59,61,65,69,71,75,79,81,85,89,91,95,99,101,105,109,111,115,119,121,125,129,131,135,139,141,145,149,151,155,159,161,165

#offset 1

sub $0,1
sub $0,1
sub $0,1
sub $0,1
sub $0,1
sub $0,1
mul $0,5
add $0,124
add $0,30
sub $0,-164
div $0,3
mul $0,5
add $0,30
sub $0,735
add $0,1
sub $0,-9
mul $0,2
div $0,5
mul $0,2
add $0,1
sub $0,21
sub $0,-96
mul $0,3
add $0,11
sub $0,-1
div $0,6
add $0,1
sub $0,-43
add $0,1
