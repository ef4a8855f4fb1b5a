; A375605: Number of composite knots with n crossings.
; Formula: a(n) = lodamod(truncate(A011557(n)/463761),10)
; 0,0,0,0,0,0,2,1,5

seq $0,11557
div $0,463761
mod $0,10
