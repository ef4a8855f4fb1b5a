; A164950: 1 if there is a winning strategy for misère Sprouts with n initial points, else 0.
; Formula: a(n) = lodamod(truncate((51*n-36)/14),2)
; 1,0,0,0,1,1,0,0,0,1,1,1,0,0,0,1,1,1,0,0

#offset 1

mul $0,51
sub $0,36
div $0,14
mod $0,2
