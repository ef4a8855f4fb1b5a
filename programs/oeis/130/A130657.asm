; A130657: Periodic (7 terms) 1 1 1 1 0 0 0.
; Formula: a(n) = floor(gcd(lodafac(n,-4),28)/24)
; 1,1,1,1,0,0,0,1,1,1,1,0,0,0,1,1,1,1,0,0,0,1,1,1,1,0,0,0

fac $0,-4
gcd $0,28
div $0,24
