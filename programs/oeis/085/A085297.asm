; A085297: Nonzero residues of Catalan sequence modulo 3; related to the Thue-Morse sequence (A001285).
; 1,1,2,2,2,2,2,2,1,1,1,2,2,2,1,1,1,1,1,1,2,2,2,2,2,2,1,1,1,1,1,1,2,2,2,1,1,1,2,2,2,2,2,2,1,1,1,2,2,2,1,1,1,1,1,1,2,2,2,1,1,1,2,2,2,2,2,2,1,1,1,1,1,1,2,2,2,2,2,2

#offset 1

sub $0,1
add $0,1
div $0,-3
dgs $0,2
mod $0,2
add $0,2
mod $0,2
add $0,1
